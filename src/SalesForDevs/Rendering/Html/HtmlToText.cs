using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SalesForDevs.Rendering.Html;

/// <summary>
/// Turns an HTML fragment into plain text that reads well in a mail client's text view or a chat message:
/// paragraphs separated by blank lines, list items with "- " or "1. ", quotes with "> ", code kept as written,
/// and links as "text (url)". Whitespace inside a paragraph collapses as a browser would collapse it.
/// </summary>
internal static class HtmlToText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "figure", "figcaption", "table", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr", "dl", "dt", "dd",
    };

    public static string Convert(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var writer = new Writer();
        foreach (var node in nodes) Walk(node, writer, "");
        return writer.ToString();
    }

    private static void Walk(INode node, Writer w, string prefix)
    {
        switch (node)
        {
            case IText text:
                w.Inline(text.Data);
                return;
            case IElement element:
                Element(element, w, prefix);
                return;
        }
    }

    private static void Element(IElement e, Writer w, string prefix)
    {
        var tag = e.LocalName;
        switch (tag)
        {
            case "script" or "style" or "template":
                return;
            case "br":
                w.LineBreak(prefix);
                return;
            case "hr":
                w.Block(prefix);
                w.Raw("---");
                w.Block(prefix);
                return;
            case "img":
                var alt = e.GetAttribute("alt");
                if (!string.IsNullOrWhiteSpace(alt)) w.Inline($"[{alt.Trim()}]");
                return;
            case "pre":
                w.Block(prefix);
                var lines = e.TextContent.TrimEnd('\n').Split('\n');
                w.Raw("    " + string.Join("\n" + prefix + "    ", lines));
                w.Block(prefix);
                return;
            case "a":
                Children(e, w, prefix);
                var href = e.GetAttribute("href");
                var text = e.TextContent.Trim();
                if (!string.IsNullOrWhiteSpace(href) && !href.StartsWith('#') && href != text && "mailto:" + text != href)
                    w.Inline($" ({href})");
                return;
            case "li":
                w.Block(prefix, tight: true);
                var parent = e.ParentElement;
                var marker = parent?.LocalName == "ol" ? $"{Index(e)}. " : "- ";
                w.Marker(marker);
                Children(e, w, prefix + new string(' ', marker.Length));
                w.Block(prefix, tight: true);
                return;
            case "blockquote":
                w.Block(prefix);
                Children(e, w, prefix + "> ");
                w.Block(prefix);
                return;
            case "td" or "th":
                if (e.PreviousElementSibling is not null) w.Inline(" | ");
                Children(e, w, prefix);
                return;
        }

        var block = Blocks.Contains(tag);
        var tight = tag is "ul" or "ol" or "tr" or "dt" or "dd" && e.ParentElement?.LocalName is "li" or "table" or "tbody" or "thead" or "dl";
        if (block) w.Block(prefix, tight);
        Children(e, w, prefix);
        if (block) w.Block(prefix, tight);
    }

    private static int Index(IElement li)
    {
        var start = int.TryParse(li.ParentElement?.GetAttribute("start"), out var s) ? s : 1;
        var index = 0;
        for (var sibling = li.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            if (sibling.LocalName == "li") index++;
        return start + index;
    }

    private static void Children(IElement e, Writer w, string prefix)
    {
        foreach (var child in e.ChildNodes) Walk(child, w, prefix);
    }

    /// <summary>Collects text and decides where line breaks and blank lines go, so blocks never pile up empty lines.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private string _prefix = "";
        private bool _pendingSpace;
        // 0: inside a line; 1: a line break is due; 2: a blank line is due.
        private int _pendingBreak;
        private bool _afterMarker;
        private string _linePrefix = "";

        public void Inline(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u00a0') { _pendingSpace = true; continue; }
                Flush();
                _text.Append(c == '\u00a0' ? ' ' : c);
            }
        }

        public void Raw(string data)
        {
            Flush();
            _text.Append(data);
        }

        /// <summary>A list marker: what follows it, even a paragraph, starts on the same line.</summary>
        public void Marker(string marker)
        {
            Flush();
            _text.Append(marker);
            _afterMarker = true;
        }

        public void Block(string prefix, bool tight = false)
        {
            _prefix = prefix;
            if (_text.Length == 0 || _afterMarker) return;
            _pendingBreak = Math.Max(_pendingBreak, tight ? 1 : 2);
            _pendingSpace = false;
        }

        public void LineBreak(string prefix)
        {
            _prefix = prefix;
            _pendingBreak = Math.Max(_pendingBreak, 1);
            _pendingSpace = false;
        }

        private void Flush()
        {
            if (_afterMarker)
            {
                _afterMarker = false;
                _pendingSpace = false;
                return;
            }
            if (_pendingBreak > 0)
            {
                _text.Append('\n');
                // A blank line between a paragraph and a quote belongs to neither: it carries only the prefix both share.
                if (_pendingBreak == 2) _text.Append(Common(_linePrefix, _prefix).TrimEnd()).Append('\n');
                _text.Append(_prefix);
                _linePrefix = _prefix;
                _pendingBreak = 0;
                _pendingSpace = false;
            }
            else if (_text.Length == 0)
            {
                _text.Append(_prefix);
                _linePrefix = _prefix;
            }
            if (_pendingSpace && _text.Length > 0 && _text[^1] != ' ' && _text[^1] != '\n') _text.Append(' ');
            _pendingSpace = false;
        }

        private static string Common(string a, string b)
        {
            var n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
            return a[..n];
        }

        public override string ToString() => _text.ToString().TrimStart('\n').TrimEnd() + "\n";
    }
}
