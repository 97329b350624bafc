using System.Buffers;
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
    /// <summary>The grammars every build in this process shares (sfd serve builds again and again).</summary>
    internal static LanguageGrammars Grammars { get; } = new();

    /// <summary>The code as highlighted HTML (escaped text and spans), or null when the language has no grammar.</summary>
    public static string? Highlight(string code, string? fenceLanguage) => Highlight(code, fenceLanguage, Grammars);

    /// <summary>
    /// <see cref="Highlight(string, string?)"/> for code the caller holds in a buffer: a block the cache holds (nearly
    /// every block of a build, highlighted ahead by <see cref="HighlightPrepass"/>) is found without making its string.
    /// </summary>
    public static string? Highlight(ReadOnlySpan<char> code, string? fenceLanguage) => Highlight(code, null, fenceLanguage, Grammars);

    internal static string? Highlight(string code, string? fenceLanguage, LanguageGrammars grammars) => Highlight(code, code, fenceLanguage, grammars);

    /// <param name="text"><paramref name="code"/> as a string when the caller has one; made only when the cache lacks the block.</param>
    private static string? Highlight(ReadOnlySpan<char> code, string? text, string? fenceLanguage, LanguageGrammars grammars)
    {
        var id = CodeLanguages.Find(fenceLanguage);
        if (id is null) return null;
        var cache = HighlightCache.Current;
        if (cache?.Find(id, code) is { } kept) return kept;
        text ??= code.ToString();
        var html = grammars.Highlight(id, text);
        if (html is not null) cache?.Add(id, text, html);
        return html;
    }

    /// <summary>
    /// The code highlighted with the grammar, or null when a token came from a stub of an embedded grammar
    /// (<see cref="EmbeddedGrammarStubs"/>): the block then needs the full grammar.
    /// </summary>
    internal static string? Render(IGrammar grammar, string code)
    {
        IStateStack? state = null;
        return RenderLines(code, (text, start, length, html) =>
        {
            // No time limit: a limit would make the output depend on the machine's speed.
            var result = grammar.TokenizeLine(new ReadOnlyMemory<char>(text, start, length), state, TimeSpan.MaxValue);
            state = result.RuleStack;
            return AppendLine(html, text.AsSpan(start, length - 1), result.Tokens);
        });
    }

    /// <summary>
    /// The code highlighted with the tokenizer of our own (the same tokens as the grammar's, see
    /// <see cref="GrammarTokenizer"/>), or null when a token came from a stub of an embedded grammar.
    /// </summary>
    internal static string? Render(GrammarTokenizer tokenizer, string code)
    {
        RuleStack? state = null;
        return RenderLines(code, (text, start, length, html) =>
        {
            state = tokenizer.TokenizeLine(text, start, length, state);
            return AppendLine(html, text.AsSpan(start, length - 1), tokenizer.Tokens);
        });
    }

    /// <summary>Tokenizes the line text[start..start + length] (which ends in its newline) and appends its HTML; false for a stub's token.</summary>
    private delegate bool LineAppender(char[] text, int start, int length, StringBuilder html);

    private static string? RenderLines(string code, LineAppender appendLine)
    {
        // The tokenizers want each line to end in a newline and TextMateSharp's copies any line that does not; here every
        // line is a slice of one copy of the code that ends in its own newline. That copy is an array, not a string, on
        // purpose: for text in a string Onigwrap reuses a pattern's previous search on the line, which is wrong for
        // patterns with \G (they match only where the search starts), so a string could change the tokens.
        var text = ArrayPool<char>.Shared.Rent(code.Length + 1);
        try
        {
            code.CopyTo(0, text, 0, code.Length);
            text[code.Length] = '\n';
            var html = new StringBuilder(code.Length * 2);
            for (var start = 0; start <= code.Length;)
            {
                var end = code.IndexOf('\n', start);
                if (end < 0) end = code.Length;
                if (start > 0) html.Append('\n');
                if (end > start && !appendLine(text, start, end - start + 1, html)) return null;
                start = end + 1;
            }
            return html.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private static bool AppendLine(StringBuilder html, ReadOnlySpan<char> line, ReadOnlySpan<LineToken> tokens)
    {
        var spans = new ClassSpans(html);
        foreach (var token in tokens)
        {
            // Checked before the token is clamped to the line: a stub entered on the final newline shows only here.
            if (token.Scopes.InStub) return false;
            var text = Clamp(line, token.Start, token.End);
            if (!text.IsEmpty) spans.Append(text, text.IsWhiteSpace() ? spans.Open : token.Scopes.Class);
        }
        spans.Close();
        return true;
    }

    private static bool AppendLine(StringBuilder html, ReadOnlySpan<char> line, IToken[] tokens)
    {
        var spans = new ClassSpans(html);
        foreach (var token in tokens)
        {
            if (token.Scopes.Contains(EmbeddedGrammarStubs.Sentinel)) return false;
            var text = Clamp(line, token.StartIndex, token.EndIndex);
            if (!text.IsEmpty) spans.Append(text, text.IsWhiteSpace() ? spans.Open : ScopeClasses.For(token.Scopes));
        }
        spans.Close();
        return true;
    }

    /// <summary>The token's text; tokens may reach past the line into its newline, which the HTML leaves to the line loop.</summary>
    private static ReadOnlySpan<char> Clamp(ReadOnlySpan<char> line, int start, int end)
    {
        start = Math.Min(start, line.Length);
        end = Math.Min(end, line.Length);
        return end > start ? line[start..end] : [];
    }

    /// <summary>
    /// Writes a line's tokens as spans of classes, one span per run of tokens with the same class (whitespace joins the
    /// run it is in, so indentation does not split spans).
    /// </summary>
    private ref struct ClassSpans(StringBuilder html)
    {
        public string? Open { get; private set; }

        public void Append(ReadOnlySpan<char> text, string? cls)
        {
            if (cls != Open)
            {
                if (Open is not null) html.Append("</span>");
                if (cls is not null) html.Append("<span class=\"").Append(cls).Append("\">");
                Open = cls;
            }
            AppendEncoded(html, text);
        }

        public void Close()
        {
            if (Open is not null) html.Append("</span>");
        }
    }

    // Text with nothing to escape is copied as it is; anything else goes through WebUtility.HtmlEncode, which escapes
    // more than markup (Latin-1 letters, surrogate pairs) and must keep doing so for the output to stay the same.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not ('<' or '>' or '&' or '"' or '\'')), '\t']);

    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExcept(Plain)) html.Append(text);
        else html.Append(WebUtility.HtmlEncode(text.ToString()));
    }
}
