using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace SalesForDevs.Views;

/// <summary>
/// The fields of every kind of page, and the value each shows on a page that does not have it. Themes may read any
/// page field on any page (the README promises it): a shared partial reads <c>page.slug</c> or <c>page.params</c> on a
/// tag page too, and gets "" or empty params, as when every page had one shape. A name no kind has stays an error.
/// </summary>
// The kinds are listed by typeof in PageView.Kinds and built by PageViewBuilder, and the native build trims only
// assemblies marked trimmable (TrimMode=partial), so every property read here survives it.
[UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "PageView kinds are kept whole: listed by typeof, constructed, and in an untrimmed assembly.")]
internal static class PageViewFields
{
    /// <summary>Every public field of any kind of page, in declaration order: the base's first, then each kind's.</summary>
    public static readonly IReadOnlyList<PropertyInfo> All = PageView.Kinds
        .SelectMany(kind => kind.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.DeclaringType == typeof(PageView) ? 0 : 1))
        .DistinctBy(p => p.Name)
        .ToList();

    // Made per kind when a template first reads a page of that kind: a build that renders a few kinds asks
    // reflection about those only, and each kind's own field names once rather than once per field of every kind.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Field, object? Value)>> MissingByKind = new();

    /// <summary>The fields a page of this kind lacks, each with the value it reads as there.</summary>
    public static IReadOnlyList<(PropertyInfo Field, object? Value)> Missing(Type kind) =>
        PageView.Kinds.Contains(kind) ? MissingByKind.GetOrAdd(kind, MissingOf) : throw new ArgumentException($"{kind} is not a kind of page view", nameof(kind));

    private static IReadOnlyList<(PropertyInfo Field, object? Value)> MissingOf(Type kind)
    {
        var own = kind.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return All.Where(p => !own.Contains(p.Name)).Select(p => (p, EmptyValue(p))).ToList();
    }

    /// <summary>"" for text, an empty list or params, 0 or false; null for a link or a date; a field may name its own (comments: "none").</summary>
    public static object? EmptyValue(PropertyInfo field)
    {
        if (field.GetCustomAttribute<DefaultValueAttribute>() is { } given) return given.Value;
        var type = field.PropertyType;
        if (type == typeof(string)) return "";
        if (type == typeof(IReadOnlyDictionary<string, object?>)) return Yaml.YamlParams.Empty;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        // Spelled out rather than Activator.CreateInstance, which the native build cannot check.
        if (type == typeof(int)) return 0;
        if (type == typeof(bool)) return false;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            throw new InvalidOperationException($"page field {field.Name} has no empty value: give it a [DefaultValue]");
        return null;
    }
}
