using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Makes a post's HTML fit for a feed in one pass over the text, with no document tree: URLs become absolute, heading
/// anchors go, and the markup comes out exactly as AngleSharp would serialize it after parsing the fragment (tags and
/// attribute names in lowercase, void elements without a slash, every attribute value quoted, character references
/// decoded and only &amp;, &lt;, &gt;, &quot; and no-break spaces escaped again).
/// It accepts only markup whose tree it can prove: whitelisted elements (<see cref="HtmlElementRules"/>), properly nested,
/// each closed by its own end tag, in places where the tree builder neither adds, moves nor closes anything. For anything
/// else <see cref="TryRewrite"/> says no and the caller parses the fragment.
/// </summary>
internal ref partial struct HtmlFragmentRewriter
{
    // In text: what is escaped on output, what starts a reference, and the characters the tokenizer treats specially.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(
        "&<>\u00A0\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    private static readonly SearchValues<char> HtmlSpace = SearchValues.Create(" \t\n\f");

    private readonly ReadOnlySpan<char> _html;
    private readonly Uri _pageUrl;
    private readonly PooledCharBuffer _output;
    private readonly List<(string Name, HtmlElementKind Kind)> _open = new(16);
    private int _pos;
    private int _paragraphs;
    private int _anchors;
    private int _headings;

    // The heading anchor being left out: its depth in _open, and where its start tag began in the output.
    private int _droppedDepth = -1;
    private int _droppedOutput;

    private HtmlFragmentRewriter(ReadOnlySpan<char> html, Uri pageUrl, PooledCharBuffer output)
    {
        _html = html;
        _pageUrl = pageUrl;
        _output = output;
    }

    /// <summary>The rewritten fragment, or false when the fragment holds something only the full parser handles right.</summary>
    public static bool TryRewrite(ReadOnlySpan<char> html, Uri pageUrl, [NotNullWhen(true)] out string? result)
    {
        result = null;
        // Carriage returns are normalized and NULs replaced by the parser's input stream: left to it.
        if (html.ContainsAny('\r', '\0')) return false;
        using var output = new PooledCharBuffer(html.Length + html.Length / 8);
        if (!new HtmlFragmentRewriter(html, pageUrl, output).Run()) return false;
        result = output.ToString();
        return true;
    }

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="html"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int start) =>
        html[start..].IndexOf(value, StringComparison.Ordinal) is var found and >= 0 ? start + found : -1;

    private HtmlElementKind? CurrentKind => _open.Count > 0 ? _open[^1].Kind : null;

    private bool Dropping => _droppedDepth >= 0;

    private bool Run()
    {
        while (_pos < _html.Length)
        {
            var lt = IndexOf(_html, "<", _pos);
            var end = lt < 0 ? _html.Length : lt;
            if (end > _pos && !Text(_html.Slice(_pos, end - _pos))) return false;
            _pos = end;
            if (lt >= 0 && !Markup()) return false;
        }
        // An element left open would be closed by the parser at the end: not proven, so not ours.
        return _open.Count == 0;
    }

    private bool Text(scoped ReadOnlySpan<char> text)
    {
        if (HtmlElementRules.IsTableContext(CurrentKind))
        {
            if (text.ContainsAnyExcept(HtmlSpace)) return false;
            _output.Append(text);
            return true;
        }
        Span<char> decoded = stackalloc char[HtmlCharacterReference.MaxDecodedLength];
        while (!text.IsEmpty)
        {
            var i = text.IndexOfAny(TextSpecials);
            if (i < 0)
            {
                _output.Append(text);
                break;
            }
            _output.Append(text[..i]);
            switch (text[i])
            {
                case '&':
                    switch (HtmlCharacterReference.Decode(text[i..], decoded, out var consumed, out var written))
                    {
                        case ReferenceKind.Unsure:
                            return false;
                        case ReferenceKind.Literal:
                            _output.Append("&amp;");
                            text = text[(i + 1)..];
                            break;
                        default:
                            foreach (var c in decoded[..written]) EscapeText(c);
                            text = text[(i + consumed)..];
                            break;
                    }
                    continue;
                case '>':
                    _output.Append("&gt;");
                    break;
                case '\u00A0':
                    _output.Append("&nbsp;");
                    break;
                default:
                    return false;
            }
            text = text[(i + 1)..];
        }
        return true;
    }

    private void EscapeText(char c)
    {
        switch (c)
        {
            case '&': _output.Append("&amp;"); break;
            case '<': _output.Append("&lt;"); break;
            case '>': _output.Append("&gt;"); break;
            case '\u00A0': _output.Append("&nbsp;"); break;
            default: _output.Append(c); break;
        }
    }

    /// <summary>At a "&lt;": a comment, a start tag or an end tag; anything else (doctype, CDATA, processing instruction, a lone "&lt;") is the parser's.</summary>
    private bool Markup()
    {
        var rest = _html.Slice(_pos);
        if (rest.StartsWith("<!--")) return Comment();
        if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2])) return EndTag();
        if (rest.Length > 1 && char.IsAsciiLetter(rest[1])) return StartTag();
        return false;
    }

    private bool Comment()
    {
        var start = _pos + 4;
        var rest = _html.Slice(start);
        // "<!-->" and "<!--->" are abruptly closed comments; "--!>" also ends one: the parser's cases.
        if (rest.StartsWith(">") || rest.StartsWith("->")) return false;
        var close = rest.IndexOf("-->");
        if (close < 0) return false;
        var data = rest[..close];
        if (data.Contains("--!", StringComparison.Ordinal) || data.Contains("<!--", StringComparison.Ordinal) || data.EndsWith("<!-")) return false;
        _output.Append("<!--");
        _output.Append(data);
        _output.Append("-->");
        _pos = start + close + 3;
        return true;
    }
}
