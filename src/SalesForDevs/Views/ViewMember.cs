namespace SalesForDevs.Views;

/// <summary>
/// One public property of a view record as templates read it: its C# name, a reader that needs no reflection, and for a
/// page field the value it reads as on a kind of page without it (<see cref="PageViewFields"/>).
/// </summary>
internal sealed record ViewMember(string Name, Func<object, object?> Read, object? Empty = null)
{
    /// <summary>The members of <typeparamref name="T"/>, in the order Scriban's reflection lists its properties.</summary>
    public static ViewMember[] Of<T>(params (string Name, Func<T, object?> Read)[] members) =>
        [.. members.Select(m => new ViewMember(m.Name, view => m.Read((T)view)))];

    /// <summary>Page fields of <typeparamref name="T"/>, each with its empty value.</summary>
    public static ViewMember[] Of<T>(params (string Name, Func<T, object?> Read, object? Empty)[] members) =>
        [.. members.Select(m => new ViewMember(m.Name, view => m.Read((T)view), m.Empty))];
}
