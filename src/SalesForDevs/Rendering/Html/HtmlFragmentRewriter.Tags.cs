using System.Buffers;

namespace SalesForDevs.Rendering.Html;

internal ref partial struct HtmlFragmentRewriter
{
    private const int MaxAttributes = 32;

    private static readonly SearchValues<char> AttributeNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    // Characters an unquoted value may hold only with a parse error.
    private static readonly SearchValues<char> UnquotedOddities = SearchValues.Create("\"'<=`");

    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&\u00A0\"<>");

    private bool StartTag()
    {
        var i = _pos + 1;
        var nameStart = i;
        while (i < _html.Length && char.IsAsciiLetterOrDigit(_html[i])) i++;
        if (i >= _html.Length || !(IsSpace(_html[i]) || _html[i] is '/' or '>') || i - nameStart > 16) return false;
        Span<char> lowered = stackalloc char[16];
        var length = _html.Slice(nameStart, i - nameStart).ToLowerInvariant(lowered);
        if (!HtmlElementRules.TryGet(lowered[..length], out var name, out var kind)) return false;

        var parent = _open.Count > 0 ? _open[^1] : default;
        if (!HtmlElementRules.FitsIn(kind, _open.Count > 0 ? parent.Kind : null, _open.Count > 0 ? parent.Name : null)) return false;
        if (HtmlElementRules.ClosesParagraph(kind) && _paragraphs > 0) return false;
        if ((kind == HtmlElementKind.Heading && _headings > 0) || (kind == HtmlElementKind.Anchor && _anchors > 0)) return false;

        var tagStart = _output.Length;
        _output.Append('<');
        _output.Append(name);
        if (!Attributes(ref i, kind, out var selfClosing, out var headingAnchor)) return false;
        _output.Append('>');
        _pos = i;
        // A "/>" on anything but a void element is ignored by the parser: not a form we accept.
        if (kind is HtmlElementKind.Void or HtmlElementKind.VoidBlock) return true;
        if (selfClosing) return false;
        if (kind == HtmlElementKind.RawText) return RawText(name);

        _open.Add((name, kind));
        if (name == "p") _paragraphs++;
        if (kind == HtmlElementKind.Anchor) _anchors++;
        if (kind == HtmlElementKind.Heading) _headings++;
        // Heading anchors are for readers of the page; in a feed reader or an email they are a stray "#".
        if (headingAnchor && !Dropping) (_droppedDepth, _droppedOutput) = (_open.Count - 1, tagStart);
        if (kind == HtmlElementKind.Pre)
        {
            // The parser drops a line feed right after <pre>; the serializer writes one back when the text still starts with one.
            if (_pos < _html.Length && _html[_pos] == '\n') _pos++;
            if (_pos < _html.Length && _html[_pos] == '\n') _output.Append('\n');
            else if (_pos < _html.Length && _html[_pos] == '&') return false;
        }
        return true;
    }

    private bool Attributes(ref int i, HtmlElementKind kind, out bool selfClosing, out bool headingAnchor)
    {
        selfClosing = headingAnchor = false;
        Span<(int Start, int Length)> seen = stackalloc (int, int)[MaxAttributes];
        Span<char> names = stackalloc char[MaxAttributes * 24];
        var count = 0;
        var namesLength = 0;
        while (true)
        {
            while (i < _html.Length && IsSpace(_html[i])) i++;
            if (i >= _html.Length) return false;
            if (_html[i] == '>')
            {
                i++;
                return true;
            }
            if (_html[i] == '/')
            {
                if (i + 1 >= _html.Length || _html[i + 1] != '>') return false;
                selfClosing = true;
                i += 2;
                return true;
            }

            var nameStart = i;
            while (i < _html.Length && AttributeNameChars.Contains(_html[i])) i++;
            var rawName = _html.Slice(nameStart, i - nameStart);
            if (rawName.IsEmpty || rawName.Length > 24 || count == MaxAttributes || i >= _html.Length) return false;
            if (!(IsSpace(_html[i]) || _html[i] is '/' or '>' or '=')) return false;
            var name = names.Slice(namesLength, rawName.Length);
            rawName.ToLowerInvariant(name);
            // The parser keeps the first of two attributes with one name: not a form we accept.
            foreach (var (start, length) in seen[..count])
                if (names.Slice(start, length).SequenceEqual(name)) return false;
            seen[count++] = (namesLength, name.Length);
            namesLength += name.Length;

            var valueStart = i;
            while (valueStart < _html.Length && IsSpace(_html[valueStart])) valueStart++;
            var value = ReadOnlySpan<char>.Empty;
            if (valueStart < _html.Length && _html[valueStart] == '=')
            {
                i = valueStart + 1;
                while (i < _html.Length && IsSpace(_html[i])) i++;
                if (i >= _html.Length) return false;
                if (_html[i] is '"' or '\'')
                {
                    var close = IndexOf(_html, _html.Slice(i, 1), i + 1);
                    if (close < 0 || close + 1 >= _html.Length) return false;
                    value = _html.Slice(i + 1, close - i - 1);
                    i = close + 1;
                    if (!(IsSpace(_html[i]) || _html[i] is '/' or '>')) return false;
                }
                else
                {
                    var start = i;
                    while (i < _html.Length && !IsSpace(_html[i]) && _html[i] != '>') i++;
                    value = _html.Slice(start, i - start);
                    if (value.IsEmpty || value.ContainsAny(UnquotedOddities)) return false;
                }
            }
            if (!Attribute(name, value, kind, ref headingAnchor)) return false;
        }
    }

    /// <summary>Writes one attribute as the serializer does, with its URLs made absolute.</summary>
    private bool Attribute(scoped ReadOnlySpan<char> name, scoped ReadOnlySpan<char> raw, HtmlElementKind kind, ref bool headingAnchor)
    {
        var value = raw;
        if (raw.Contains('&'))
        {
            if (DecodeAttribute(raw) is not { } decoded) return false;
            value = decoded;
        }
        if (kind == HtmlElementKind.Anchor && name.SequenceEqual("class") && HasClass(value, "heading-anchor")) headingAnchor = true;
        if (!Dropping)
        {
            if (IsUrlAttribute(name)) value = AbsoluteUrlRewriter.Absolute(value.ToString(), _pageUrl);
            else if (name.SequenceEqual("srcset") || name.SequenceEqual("imagesrcset")) value = AbsoluteUrlRewriter.RewriteSrcset(value.ToString(), _pageUrl);
        }
        _output.Append(' ');
        _output.Append(name);
        _output.Append("=\"");
        while (!value.IsEmpty)
        {
            var at = value.IndexOfAny(AttributeEscapes);
            if (at < 0)
            {
                _output.Append(value);
                break;
            }
            _output.Append(value[..at]);
            _output.Append(value[at] switch
            {
                '&' => "&amp;",
                '\u00A0' => "&nbsp;",
                '"' => "&quot;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            value = value[(at + 1)..];
        }
        _output.Append('"');
        return true;
    }

    private static string? DecodeAttribute(ReadOnlySpan<char> raw)
    {
        using var decoded = new PooledCharBuffer(raw.Length);
        Span<char> reference = stackalloc char[HtmlCharacterReference.MaxDecodedLength];
        while (!raw.IsEmpty)
        {
            var amp = raw.IndexOf('&');
            if (amp < 0)
            {
                decoded.Append(raw);
                break;
            }
            decoded.Append(raw[..amp]);
            switch (HtmlCharacterReference.Decode(raw[amp..], reference, out var consumed, out var written))
            {
                case ReferenceKind.Unsure:
                    return null;
                case ReferenceKind.Literal:
                    decoded.Append('&');
                    raw = raw[(amp + 1)..];
                    break;
                default:
                    decoded.Append(reference[..written]);
                    raw = raw[(amp + consumed)..];
                    break;
            }
        }
        return decoded.ToString();
    }

    private static bool HasClass(ReadOnlySpan<char> classes, string wanted)
    {
        foreach (var range in classes.SplitAny(" \t\n\f\r"))
            if (classes[range].SequenceEqual(wanted)) return true;
        return false;
    }

    private static bool IsUrlAttribute(ReadOnlySpan<char> name) => name switch
    {
        "href" or "src" or "poster" or "cite" or "action" or "formaction" or "data" or "longdesc" or "background" or "xlink:href" => true,
        _ => false,
    };

    /// <summary>
    /// script and style hold raw text up to their own end tag: copied as it is, as the serializer writes it. A script
    /// holding "&lt;!--" switches the tokenizer into its escaped states: the parser's case.
    /// </summary>
    private bool RawText(string name)
    {
        var search = _pos;
        while (true)
        {
            var close = IndexOf(_html, "</", search);
            if (close < 0) return false;
            var after = close + 2 + name.Length;
            if (after < _html.Length && _html.Slice(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (_html[after] == '>')
                {
                    var content = _html.Slice(_pos, close - _pos);
                    if (name == "script" && content.Contains("<!--", StringComparison.Ordinal)) return false;
                    _output.Append(content);
                    _output.Append("</");
                    _output.Append(name);
                    _output.Append('>');
                    _pos = after + 1;
                    return true;
                }
                if (IsSpace(_html[after]) || _html[after] == '/') return false;
            }
            search = close + 2;
        }
    }

    private bool EndTag()
    {
        var i = _pos + 2;
        var nameStart = i;
        while (i < _html.Length && char.IsAsciiLetterOrDigit(_html[i])) i++;
        // "</p >" and end tags with attributes are valid but rare: only the plain form is ours.
        if (i >= _html.Length || _html[i] != '>' || i - nameStart > 16 || _open.Count == 0) return false;
        Span<char> lowered = stackalloc char[16];
        var length = _html.Slice(nameStart, i - nameStart).ToLowerInvariant(lowered);
        var (name, kind) = _open[^1];
        // Only the current node's own end tag: any other one makes the tree builder close, ignore or reparent.
        if (!lowered[..length].SequenceEqual(name)) return false;
        _open.RemoveAt(_open.Count - 1);
        if (name == "p") _paragraphs--;
        if (kind == HtmlElementKind.Anchor) _anchors--;
        if (kind == HtmlElementKind.Heading) _headings--;
        _output.Append("</");
        _output.Append(name);
        _output.Append('>');
        _pos = i + 1;
        if (_droppedDepth == _open.Count)
        {
            _output.Truncate(_droppedOutput);
            _droppedDepth = -1;
        }
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}
