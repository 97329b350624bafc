using SalesForDevs.Diagnostics;

namespace SalesForDevs.Languages;

/// <summary>One entry of an i18n file, with where it was written.</summary>
internal abstract record Translation(SourceLocation At)
{
    /// <summary><c>read_more: Read more</c></summary>
    public sealed record Text(string Value, SourceLocation At) : Translation(At);

    /// <summary><c>reading_time: { one: "{count} min read", other: "{count} min read" }</c>: forms by <see cref="PluralRules"/> name; "other" is always there.</summary>
    public sealed record Plural(IReadOnlyDictionary<string, string> Forms, SourceLocation At) : Translation(At);

    /// <summary><c>months: [January, February, …]</c>: the names dates are written with.</summary>
    public sealed record Names(IReadOnlyList<string> Values, SourceLocation At) : Translation(At);
}
