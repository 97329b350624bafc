using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// What a partial (and every partial it includes) reads and writes, found from its parsed template by
/// <see cref="PartialAnalyzer"/>: whether its output can be kept for a whole build, and what it then depends on.
/// </summary>
internal sealed record PartialShape
{
    /// <summary>Why the partial is rendered on every include (a read or construct that cannot be proved safe), or null when it may be kept.</summary>
    public string? Unsafe { get; init; }

    /// <summary>
    /// The page fields whose values pick the output: <c>page.kind</c>, or a comparison of a page or paginator field
    /// with a literal (<c>page.slug != "subscribe"</c>), whose true or false is the key, not the field's value.
    /// </summary>
    public IReadOnlyList<ScriptExpression> Keys { get; init; } = [];

    /// <summary>
    /// Names read from outside that must be what they are when a build starts (<c>site</c>, <c>t</c>, <c>html</c>…):
    /// a layout that assigned one of them on a page makes that include render as usual.
    /// </summary>
    public IReadOnlyList<string> Constants { get; init; } = [];

    public bool CanKeep => Unsafe is null;

    public static PartialShape Refused(string why) => new() { Unsafe = why };
}
