using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Highlights code at build time with the VS Code TextMate grammars, writing class-based spans (see
/// <see cref="ScopeClasses"/>). The grammar registry is made on the first highlighted block, and each grammar (and
/// its package's manifest, see <see cref="BundledGrammars"/>) is loaded the first time its language is used, so a site
/// without code pays nothing and a small site pays only for the languages it has. During a build, blocks already
/// highlighted (in this build or, through <see cref="HighlightCache"/>, an earlier one) are not highlighted again.
/// </summary>
internal static class CodeHighlighter
{
    private static readonly Lazy<(BundledGrammars Grammars, Registry Registry)> Registry = new(() =>
    {
        var grammars = new BundledGrammars();
        return (grammars, new Registry(grammars));
    });

    // TextMateSharp's registry is not thread-safe: loading a grammar, or tokenizing one that pulls in an embedded
    // grammar on first use, changes state that all grammars share (two posts in different languages rendered at
    // once crashed with "An item with the same key has already been added"). So all highlighting takes one lock;
    // posts still render in parallel around it.
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IGrammar?> Grammars = new(StringComparer.Ordinal);

    /// <summary>The code as highlighted HTML (escaped text and spans), or null when the language has no grammar.</summary>
    public static string? Highlight(string code, string? fenceLanguage)
    {
        var id = CodeLanguages.Find(fenceLanguage);
        if (id is null) return null;
        var cache = HighlightCache.Current;
        if (cache?.Find(id, code) is { } kept) return kept;
        string? html;
        lock (Gate)
        {
            if (!Grammars.TryGetValue(id, out var grammar)) Grammars[id] = grammar = Load(id);
            html = grammar is null ? null : Render(grammar, code);
        }
        if (html is not null) cache?.Add(id, code, html);
        return html;
    }

    private static IGrammar? Load(string languageId)
    {
        var (grammars, registry) = Registry.Value;
        var scope = grammars.ScopeOf(languageId);
        return string.IsNullOrEmpty(scope) ? null : registry.LoadGrammar(scope);
    }

    private static string Render(IGrammar grammar, string code)
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
