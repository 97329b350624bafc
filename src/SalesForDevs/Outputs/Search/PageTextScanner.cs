using System.Buffers;
using System.Text;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// Reads <see cref="PageText"/> from a body's HTML in one pass, without building a document: text between tags is
/// kept, character references decoded, and the content of <c>pre</c>, <c>script</c>, <c>style</c> and
/// <c>a.heading-anchor</c> left out, exactly as <see cref="DomPageText"/> finds it. Parsing every page into a document
/// was about half of what a 10,000-post build allocated.
/// Markdown's own HTML is regular; raw HTML in a body may not be. Where a browser's parser would move text (text
/// directly in a table), change how it reads (foreign content, <c>textarea</c>, <c>template</c>), or close a left-out
/// element or a heading at a place other than its end tag, the scanner gives up (null) and the caller parses.
/// </summary>
internal sealed class PageTextScanner
{
    [ThreadStatic] private static PageTextScanner? t_scanner;

    private static readonly SearchValues<char> Special = SearchValues.Create("<&\r");
    private static readonly SearchValues<char> HtmlSpace = SearchValues.Create("\t\n\f\r ");

    /// <summary>Elements whose content the scanner may follow inside a heading or a left-out element.</summary>
    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    private static readonly HashSet<string> PhrasingVoid = new(StringComparer.Ordinal) { "br", "img", "input", "wbr" };

    /// <summary>Elements that change how the parser reads what follows or where it puts it; a body with one is parsed fully.</summary>
    private static readonly HashSet<string> Unusual = new(StringComparer.Ordinal)
    {
        "body", "frame", "frameset", "head", "html", "image", "isindex", "listing", "math", "noscript",
        "optgroup", "option", "plaintext", "select", "svg", "template", "textarea", "title",
    };

    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th" };

    private readonly StringBuilder _text = new();
    // Each heading's folded text, one after another in one reused buffer: a heading is a string only when asked for one.
    private readonly List<(int Start, int Length)> _headings = [];
    private char[] _headingChars = new char[256];
    private int _headingEnd;
    // What is open inside a heading or a left-out element: the heading (or the left-out element) first.
    private readonly List<string> _open = [];
    // Per open table, innermost last: whether the parser is inside one of its cells (or its caption).
    private readonly List<bool> _tables = [];
    private int _headingStart = -1;
    private int _leftOutAt = -1;
    private int _links;

    private bool Following => _open.Count > 0;

    private bool LeavingOut => _leftOutAt >= 0;

    /// <summary>The body's text and headings, or null when only a full parse reads this HTML exactly.</summary>
    public static PageText? TryRead(string html)
    {
        var scanner = t_scanner ??= new PageTextScanner();
        scanner.Reset();
        if (!scanner.Scan(html)) return null;
        var headings = new string[scanner._headings.Count];
        for (var i = 0; i < headings.Length; i++) headings[i] = new string(scanner.Heading(i));
        return new PageText(scanner._text.ToString(), headings);
    }

    /// <summary>
    /// Like <see cref="TryRead"/>, without making strings of the text or the headings: <paramref name="text"/> and
    /// <paramref name="headings"/> are this thread's buffers, valid until its next scan.
    /// </summary>
    public static bool TryScan(ReadOnlySpan<char> html, out ScannedHeadings headings, out ReadOnlySpan<char> text)
    {
        var scanner = t_scanner ??= new PageTextScanner();
        scanner.Reset();
        if (!scanner.Scan(html))
        {
            headings = default;
            text = default;
            return false;
        }
        headings = new ScannedHeadings(scanner);
        if (scanner._flat.Length < scanner._text.Length || scanner._flat.Length > Math.Max(1 << 16, 2 * scanner._text.Length))
            scanner._flat = new char[Math.Max(scanner._text.Length, 1024)];
        scanner._text.CopyTo(0, scanner._flat, scanner._text.Length);
        text = scanner._flat.AsSpan(0, scanner._text.Length);
        return true;
    }

    // The text in one piece for TryScan, reused while pages are of a similar size.
    private char[] _flat = [];

    private void Reset()
    {
        // A long page's builder is not kept at its size for the thread's lifetime.
        if (_text.Capacity > 1 << 20) _text.Capacity = 1 << 16;
        _text.Clear();
        _headings.Clear();
        _headingEnd = 0;
        if (_headingChars.Length > 1 << 16) _headingChars = new char[256];
        _open.Clear();
        _tables.Clear();
        (_headingStart, _leftOutAt, _links) = (-1, -1, 0);
    }

    /// <summary>Where <paramref name="value"/> first occurs in <paramref name="html"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int start) =>
        html[start..].IndexOf(value, StringComparison.Ordinal) is var found and >= 0 ? start + found : -1;

    private bool Scan(ReadOnlySpan<char> html)
    {
        if (html.Contains('\0')) return false;
        var i = 0;
        while (i < html.Length)
        {
            var next = html.Slice(i).IndexOfAny(Special);
            var end = next < 0 ? html.Length : i + next;
            if (end > i && !Text(html.Slice(i, end - i))) return false;
            if (end == html.Length) break;
            i = end;
            switch (html[i])
            {
                case '\r':
                    // The parser reads CR LF and a lone CR as LF.
                    if (!Text("\n")) return false;
                    i += i + 1 < html.Length && html[i + 1] == '\n' ? 2 : 1;
                    break;
                case '&':
                    if (!Reference(html, ref i)) return false;
                    break;
                default:
                    if (!Markup(html, ref i)) return false;
                    break;
            }
        }
        // An element left open to the end is closed there by the parser; rare enough to leave to it.
        return !Following;
    }

    private bool Text(ReadOnlySpan<char> text)
    {
        if (LeavingOut) return true;
        // Text directly in a table is moved before it by the parser.
        if (_tables.Count > 0 && !_tables[^1] && text.IndexOfAnyExcept(HtmlSpace) >= 0) return false;
        _text.Append(text);
        return true;
    }

    /// <summary>A character reference at <paramref name="i"/>: the few markdown writes, decoded; any other is left to the parser.</summary>
    private bool Reference(ReadOnlySpan<char> html, ref int i)
    {
        if (LeavingOut)
        {
            // References do not change how tags are read, and this text is left out.
            i++;
            return true;
        }
        var start = i + 1;
        if (start < html.Length && html[start] == '#') return NumericReference(html, ref i);
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
        if (end == start)
        {
            i++;
            return Text("&");
        }
        if (end == html.Length || html[end] != ';') return false;
        var decoded = Named(html.Slice(start, end - start));
        if (decoded is null) return false;
        i = end + 1;
        return Text(decoded);
    }

    private static string? Named(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'", "nbsp" => "\u00A0",
        "lsquo" => "\u2018", "rsquo" => "\u2019", "ldquo" => "\u201C", "rdquo" => "\u201D", "laquo" => "\u00AB", "raquo" => "\u00BB",
        "hellip" => "\u2026", "ndash" => "\u2013", "mdash" => "\u2014",
        _ => null,
    };

    private bool NumericReference(ReadOnlySpan<char> html, ref int i)
    {
        var at = i + 2;
        var hex = at < html.Length && html[at] is 'x' or 'X';
        if (hex) at++;
        var digits = at;
        var value = 0;
        while (at < html.Length && (hex ? char.IsAsciiHexDigit(html[at]) : char.IsAsciiDigit(html[at])))
        {
            value = value * (hex ? 16 : 10) + HexValue(html[at]);
            if (value > 0x10FFFF) return false;
            at++;
        }
        if (at == digits || at == html.Length || html[at] != ';') return false;
        // Zero, surrogates and controls are replaced or remapped by the parser's own rules.
        if (value < 0x20 && value is not (9 or 10 or 12) || value is >= 0x7F and <= 0x9F || value is >= 0xD800 and <= 0xDFFF) return false;
        i = at + 1;
        Span<char> chars = stackalloc char[2];
        return Text(chars[..new Rune(value).EncodeToUtf16(chars)]);
    }

    /// <summary>Whatever starts with '&lt;' at <paramref name="i"/>: a tag, a comment, or a plain '&lt;'.</summary>
    private bool Markup(ReadOnlySpan<char> html, ref int i)
    {
        var next = i + 1 < html.Length ? html[i + 1] : '\0';
        if (char.IsAsciiLetter(next))
        {
            var tag = ReadTag(html, i + 1, out var classValue, out var after);
            if (tag is null) return false;
            i = after;
            return StartTag(tag, html, classValue, ref i);
        }
        if (next == '/')
        {
            if (i + 2 >= html.Length || !char.IsAsciiLetter(html[i + 2])) return false;
            var tag = ReadTag(html, i + 2, out _, out var after);
            if (tag is null) return false;
            i = after;
            return EndTag(tag);
        }
        if (next == '!')
        {
            if (!html.Slice(i).StartsWith("<!--", StringComparison.Ordinal)) return false;
            var body = i + 4;
            if (html.Slice(body).StartsWith(">", StringComparison.Ordinal) || html.Slice(body).StartsWith("->", StringComparison.Ordinal)) return false;
            var close = IndexOf(html, "-->", body);
            if (close < 0 || html.Slice(body, close - body).Contains("--!>", StringComparison.Ordinal)) return false;
            i = close + 3;
            return true;
        }
        if (next == '?') return false;
        i++;
        return Text("<");
    }

    /// <summary>
    /// Reads a tag's name from <paramref name="at"/> and its attributes up to the closing '&gt;', as the HTML tokenizer
    /// does; null when the input ends inside the tag.
    /// </summary>
    private static string? ReadTag(ReadOnlySpan<char> html, int at, out (int Start, int Length)? classValue, out int after)
    {
        classValue = null;
        after = html.Length;
        var nameStart = at;
        while (at < html.Length && !IsTagEnd(html[at])) at++;
        if (at == html.Length) return null;
        var name = Lower(html.Slice(nameStart, at - nameStart));
        while (true)
        {
            while (at < html.Length && (IsSpace(html[at]) || html[at] == '/')) at++;
            if (at == html.Length) return null;
            if (html[at] == '>')
            {
                after = at + 1;
                return name;
            }
            var attributeStart = at;
            at++;
            while (at < html.Length && !IsTagEnd(html[at]) && html[at] != '=') at++;
            var attribute = html.Slice(attributeStart, at - attributeStart);
            while (at < html.Length && IsSpace(html[at])) at++;
            if (at == html.Length) return null;
            if (html[at] != '=') continue;
            at++;
            while (at < html.Length && IsSpace(html[at])) at++;
            if (at == html.Length) return null;
            int valueStart, valueEnd;
            if (html[at] is '"' or '\'')
            {
                valueStart = at + 1;
                valueEnd = IndexOf(html, html.Slice(at, 1), valueStart);
                if (valueEnd < 0) return null;
                at = valueEnd + 1;
            }
            else
            {
                valueStart = at;
                while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                valueEnd = at;
            }
            // The first of repeated attributes counts.
            if (classValue is null && attribute.Equals("class", StringComparison.OrdinalIgnoreCase)) classValue = (valueStart, valueEnd - valueStart);
        }
    }

    private bool StartTag(string tag, ReadOnlySpan<char> html, (int Start, int Length)? classValue, ref int i)
    {
        if (Unusual.Contains(tag)) return false;
        if (tag is "script" or "style") return RawText(tag, html, ref i, keep: false);
        // Their content is text as written, no tags and no references (an iframe's fallback text, say).
        if (tag is "iframe" or "noembed" or "noframes" or "xmp")
            return (_tables.Count == 0 || _tables[^1] || Following) && RawText(tag, html, ref i, keep: true);
        if (_tables.Count > 0 && !_tables[^1] && !Following)
        {
            // In a table but not in a cell, anything but the table's own parts is moved before the table.
            if (!TableParts.Contains(tag)) return false;
            if (tag is "td" or "th" or "caption") _tables[^1] = true;
            return true;
        }
        if (Following)
        {
            if (PhrasingVoid.Contains(tag)) return true;
            if (!Phrasing.Contains(tag)) return false;
            if (tag == "a")
            {
                // An <a> inside another is closed by the parser's adoption of the first.
                if (_links > 0 || _open.Contains("a")) return false;
                var anchor = IsHeadingAnchor(html, classValue);
                if (anchor is null) return false;
                if (!LeavingOut && anchor.Value) _leftOutAt = _open.Count;
            }
            _open.Add(tag);
            return true;
        }
        switch (tag)
        {
            case "table":
                _tables.Add(false);
                break;
            case "td" or "th" or "caption":
                if (_tables.Count > 0) _tables[^1] = true;
                break;
            case "tr" or "tbody" or "thead" or "tfoot":
                if (_tables.Count > 0) _tables[^1] = false;
                break;
            case "pre":
                _leftOutAt = 0;
                _open.Add(tag);
                break;
            case "a":
                if (_links > 0) return false;
                var isAnchor = IsHeadingAnchor(html, classValue);
                if (isAnchor is null) return false;
                if (isAnchor.Value)
                {
                    _leftOutAt = 0;
                    _open.Add(tag);
                }
                else _links++;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingStart = _text.Length;
                _open.Add(tag);
                break;
        }
        return true;
    }

    private bool EndTag(string tag)
    {
        if (Following)
        {
            var top = _open[^1];
            // Any heading's end tag closes the open heading.
            if (tag != top && !(_open.Count == 1 && IsHeading(tag) && IsHeading(top))) return false;
            _open.RemoveAt(_open.Count - 1);
            if (_open.Count == _leftOutAt) _leftOutAt = -1;
            if (_open.Count == 0 && _headingStart >= 0 && IsHeading(top)) EndHeading();
            return true;
        }
        switch (tag)
        {
            case "table":
                if (_tables.Count > 0) _tables.RemoveAt(_tables.Count - 1);
                break;
            case "td" or "th" or "caption" or "tr" or "tbody" or "thead" or "tfoot":
                if (_tables.Count > 0) _tables[^1] = false;
                break;
            case "a":
                if (_links > 0) _links--;
                break;
        }
        return true;
    }

    private void EndHeading()
    {
        // Copied out of the builder into a pooled buffer, so the heading's only string is the folded one.
        var length = _text.Length - _headingStart;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        _text.CopyTo(_headingStart, chars, 0, length);
        if (_headingChars.Length - _headingEnd < length) Array.Resize(ref _headingChars, Math.Max(_headingChars.Length * 2, _headingEnd + length));
        var folded = Rendering.Markdown.WhiteSpace.FoldInto(chars.AsSpan(0, length), _headingChars.AsSpan(_headingEnd));
        ArrayPool<char>.Shared.Return(chars);
        if (folded > 0) _headings.Add((_headingEnd, folded));
        _headingEnd += folded;
        _headingStart = -1;
    }

    private ReadOnlySpan<char> Heading(int index) => _headingChars.AsSpan(_headings[index].Start, _headings[index].Length);

    /// <summary>The headings of the last scan, in order, each a span over the scanner's buffer.</summary>
    internal readonly ref struct ScannedHeadings
    {
        private readonly PageTextScanner? _scanner;

        internal ScannedHeadings(PageTextScanner scanner) => _scanner = scanner;

        public int Count => _scanner?._headings.Count ?? 0;

        public ReadOnlySpan<char> this[int index] => _scanner!.Heading(index);
    }

    /// <summary>Reads a raw text element's content, which is text up to its end tag, and the end tag; keeps the text when <paramref name="keep"/>.</summary>
    private bool RawText(string tag, ReadOnlySpan<char> html, ref int i, bool keep)
    {
        var at = i;
        while (true)
        {
            var close = IndexOf(html, "</", at);
            if (close < 0) return false;
            var nameEnd = close + 2 + tag.Length;
            if (nameEnd < html.Length && html.Slice(close + 2, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase) && IsTagEnd(html[nameEnd]))
            {
                // A script's "<!--" starts the tokenizer's escaped states, which can run past "</script>".
                if (tag == "script" && html.Slice(i, close - i).Contains("<!--", StringComparison.Ordinal)) return false;
                if (ReadTag(html, close + 2, out _, out var after) is null) return false;
                if (keep && !KeepRaw(html.Slice(i, close - i))) return false;
                i = after;
                return true;
            }
            at = close + 2;
        }
    }

    private bool KeepRaw(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var cr = text.IndexOf('\r');
            if (cr < 0) return Text(text);
            if (!Text(text[..cr]) || !Text("\n")) return false;
            text = text[(cr + 1 < text.Length && text[cr + 1] == '\n' ? cr + 2 : cr + 1)..];
        }
    }

    /// <summary>Whether the class list names heading-anchor; null when a character reference in it leaves that to the parser.</summary>
    private static bool? IsHeadingAnchor(ReadOnlySpan<char> html, (int Start, int Length)? classValue)
    {
        if (classValue is not { } value) return false;
        var classes = html.Slice(value.Start, value.Length);
        if (classes.Contains('&')) return null;
        foreach (var range in classes.SplitAny(HtmlSpace))
        {
            if (classes[range].SequenceEqual("heading-anchor")) return true;
        }
        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsTagEnd(char c) => IsSpace(c) || c is '/' or '>';

    private static string Lower(ReadOnlySpan<char> name)
    {
        var known = name.Length <= 10 ? KnownName(name) : null;
        if (known is not null) return known;
        Span<char> lower = stackalloc char[Math.Min(name.Length, 256)];
        if (name.Length > lower.Length) return name.ToString().ToLowerInvariant();
        for (var k = 0; k < name.Length; k++) lower[k] = char.IsAsciiLetterUpper(name[k]) ? (char)(name[k] | 0x20) : name[k];
        return lower.ToString();
    }

    /// <summary>The tag names markdown writes, as interned strings, so scanning a page allocates none.</summary>
    private static string? KnownName(ReadOnlySpan<char> name) => name switch
    {
        "p" => "p", "a" => "a", "em" => "em", "strong" => "strong", "code" => "code", "pre" => "pre", "span" => "span", "li" => "li",
        "ul" => "ul", "ol" => "ol", "blockquote" => "blockquote", "h1" => "h1", "h2" => "h2", "h3" => "h3", "h4" => "h4", "h5" => "h5",
        "h6" => "h6", "br" => "br", "hr" => "hr", "img" => "img", "table" => "table", "thead" => "thead", "tbody" => "tbody", "tr" => "tr",
        "th" => "th", "td" => "td", "sup" => "sup", "del" => "del", "div" => "div", "input" => "input", "figure" => "figure",
        "figcaption" => "figcaption", "picture" => "picture", "source" => "source",
        _ => null,
    };
}
