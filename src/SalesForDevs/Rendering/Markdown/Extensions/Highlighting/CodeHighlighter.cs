using System.Net;
using System.Text;
using TextMateSharp.Grammars;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Highlights code at build time with the VS Code TextMate grammars, writing class-based spans (see
/// <see cref="ScopeClasses"/>). Each language's grammar (found through <see cref="BundledGrammars"/>)
/// is loaded the first time the language is used, in a registry of its own (<see cref="LanguageGrammars"/>), so a site
/// without code pays nothing, a small site pays only for the languages it has, and languages load in parallel. During a build, blocks already
/// highlighted (in this build or, through <see cref="HighlightCache"/>, an earlier one) are not highlighted again.
/// </summary>
internal static class CodeHighlighter
{
    private static readonly LanguageGrammars Shared = new();

    /// <summary>The code as highlighted HTML (escaped text and spans), or null when the language has no grammar.</summary>
    public static string? Highlight(string code, string? fenceLanguage) => Highlight(code, fenceLanguage, Shared);

    internal static string? Highlight(string code, string? fenceLanguage, LanguageGrammars grammars)
    {
        var id = CodeLanguages.Find(fenceLanguage);
        if (id is null) return null;
        var cache = HighlightCache.Current;
        if (cache?.Find(id, code) is { } kept) return kept;
        var html = grammars.Highlight(id, code);
        if (html is not null) cache?.Add(id, code, html);
        return html;
    }

    /// <summary>
    /// The code highlighted with the grammar, or null when a token came from a stub of an embedded grammar
    /// (<see cref="EmbeddedGrammarStubs"/>): the block then needs the full grammar.
    /// </summary>
    internal static string? Render(IGrammar grammar, string code)
    {
        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var lines = code.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (n > 0) html.Append('\n');
            if (line.Length == 0) continue;
            // No time limit: a limit would make the output depend on the machine's speed.
            var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
            state = result.RuleStack;
            string? openClass = null;
            foreach (var token in result.Tokens)
            {
                // Checked before the token is clamped to the line: a stub entered on the final newline shows only here.
                if (token.Scopes.Contains(EmbeddedGrammarStubs.Sentinel)) return null;
                var start = Math.Min(token.StartIndex, line.Length);
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= start) continue;
                var text = line[start..end];
                var cls = string.IsNullOrWhiteSpace(text) ? openClass : ScopeClasses.For(token.Scopes);
                if (cls != openClass)
                {
                    if (openClass is not null) html.Append("</span>");
                    if (cls is not null) html.Append("<span class=\"").Append(cls).Append("\">");
                    openClass = cls;
                }
                html.Append(WebUtility.HtmlEncode(text));
            }
            if (openClass is not null) html.Append("</span>");
        }
        return html.ToString();
    }
}
