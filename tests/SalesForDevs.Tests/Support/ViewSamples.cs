using System.Reflection;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// An instance of any view record with a distinct value in every property (text, numbers, dates, flags, lists of one
/// item, nested records), made by reflection so that a property added to a record is filled without a test change.
/// </summary>
internal static class ViewSamples
{
    /// <summary>Every record of the views namespace (but the description of a member): each kind of page and each record they hold.</summary>
    public static IReadOnlyList<Type> Records { get; } = typeof(PageView).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(PageView).Namespace && !t.IsAbstract && t != typeof(ViewMember)
            && t.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public static object Make(Type type) => Make(type, new Counter(), depth: 0)!;

    private sealed class Counter { public int Next; }

    private static object? Make(Type type, Counter counter, int depth)
    {
        var n = ++counter.Next;
        if (type == typeof(string)) return $"text {n}";
        if (type == typeof(int)) return n;
        if (type == typeof(bool)) return true;
        if (type == typeof(DateTime) || type == typeof(DateTime?)) return new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(n);
        if (type == typeof(IReadOnlyDictionary<string, object?>)) return new Dictionary<string, object?> { [$"key{n}"] = $"value {n}" };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = Array.CreateInstance(item, depth < 2 ? 1 : 0);
            if (list.Length == 1) list.SetValue(Make(item, counter, depth + 1), 0);
            return list;
        }
        if (depth >= 3) return null;

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type)).MaxBy(c => c.GetParameters().Length)!;
        var view = constructor.Invoke([.. constructor.GetParameters().Select(p => Make(p.ParameterType, counter, depth + 1))]);
        // Properties the constructor does not take (init-only ones) get their own values too.
        var taken = constructor.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.CanWrite && !taken.Contains(property.Name))
                property.SetValue(view, Make(property.PropertyType, counter, depth + 1));
        return view;
    }
}
