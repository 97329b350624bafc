using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// A shortcode called in a body, as the markdown stage leaves it: the rendered HTML holds
/// <see cref="Placeholder"/> where the theme's template output goes.
/// </summary>
/// <param name="Body">Called with a body (<c>{{% name %}}…{{% /name %}}</c>); <paramref name="BodyHtml"/> is that body rendered.</param>
internal sealed record ShortcodeCall(int Index, string Name, bool Body, IReadOnlyList<ShortcodeArgument> Arguments,
    IReadOnlyList<SourceLocation> ArgumentLocations, string BodyHtml, SourceLocation At)
{
    public string Placeholder => ShortcodeDocument.Placeholder(Index);

    /// <summary>Finds every placeholder in rendered HTML: group 1 is the call's index.</summary>
    public static System.Text.RegularExpressions.Regex PlaceholderPattern { get; } =
        new("\u0002sfd-shortcode-([0-9]+)\u0003", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
