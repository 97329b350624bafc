namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>What a <c>{{&lt; … &gt;}}</c> or <c>{{% … %}}</c> tag is.</summary>
internal enum ShortcodeTagKind
{
    /// <summary><c>{{&lt; name … &gt;}}</c> or <c>{{% name … %}}</c>.</summary>
    Open,

    /// <summary><c>{{% /name %}}</c>: ends a body.</summary>
    Close,

    /// <summary><c>{{&lt;/* name */&gt;}}</c>: shows the tag itself, as text.</summary>
    Escaped,

    /// <summary>Starts like a tag with a name but cannot be read; <see cref="ShortcodeTag.Error"/> says why.</summary>
    Invalid,
}

/// <summary>
/// One shortcode tag read from markdown text. <see cref="Body"/> tags use <c>%</c> delimiters (the body between the
/// opening and closing tag is markdown); the others use <c>&lt;</c> and have no body.
/// </summary>
internal sealed record ShortcodeTag(ShortcodeTagKind Kind, bool Body, string Name, IReadOnlyList<ShortcodeArgument> Arguments, int Length)
{
    /// <summary>For <see cref="ShortcodeTagKind.Escaped"/>: the text to show, such as <c>{{&lt; youtube id &gt;}}</c>.</summary>
    public string Literal { get; init; } = "";

    /// <summary>For <see cref="ShortcodeTagKind.Invalid"/>: what is wrong, for the author.</summary>
    public string Error { get; init; } = "";

    /// <summary>For <see cref="ShortcodeTagKind.Invalid"/>: where in the tag the problem is, in characters.</summary>
    public int ErrorOffset { get; init; }

    public string Opener => Body ? "{{%" : "{{<";
    public string Closer => Body ? "%}}" : ">}}";
}
