using System.Collections.Frozen;

namespace SalesForDevs.Rendering.Html;

/// <summary>How the HTML tree builder treats an element the single-pass rewriter accepts (see <see cref="HtmlFragmentRewriter"/>).</summary>
internal enum HtmlElementKind
{
    /// <summary>An element the tree builder just inserts ("any other start tag", or formatting elements that stay nested).</summary>
    Inline,
    /// <summary>An anchor: another one inside it would run the adoption agency.</summary>
    Anchor,
    /// <summary>A block that closes an open paragraph when it starts.</summary>
    Block,
    /// <summary>h1–h6: a block that also closes a heading that is the current node.</summary>
    Heading,
    /// <summary>A block whose first line feed the parser drops (and the serializer writes back when the text still starts with one).</summary>
    Pre,
    /// <summary>li: only directly in ul, ol or menu, where it closes nothing.</summary>
    ListItem,
    /// <summary>dd and dt: only directly in dl.</summary>
    DefinitionItem,
    /// <summary>An element with no content and no end tag.</summary>
    Void,
    /// <summary>hr: void, and closes an open paragraph.</summary>
    VoidBlock,
    Table,
    /// <summary>thead, tbody, tfoot: only directly in table.</summary>
    TableSection,
    /// <summary>tr: only directly in a table section (a row straight in a table makes the parser add a tbody).</summary>
    TableRow,
    /// <summary>td, th: only directly in tr.</summary>
    TableCell,
    /// <summary>script, style: their text is neither decoded nor escaped.</summary>
    RawText,
}

/// <summary>
/// The whitelist of elements <see cref="HtmlFragmentRewriter"/> handles itself. Any other element (forms, frames, select,
/// template, svg, math, ruby, textarea, noscript...) sends the fragment to the full HTML parser.
/// </summary>
internal static class HtmlElementRules
{
    private static readonly FrozenDictionary<string, (string Name, HtmlElementKind Kind)> Kinds = Build();

    /// <summary>Looks a lowercase tag name up; <paramref name="name"/> gets the interned name so open elements need no string of their own.</summary>
    public static bool TryGet(ReadOnlySpan<char> lowercase, out string name, out HtmlElementKind kind)
    {
        var lookup = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = lookup.TryGetValue(lowercase, out var entry);
        (name, kind) = found ? entry : ("", default);
        return found;
    }

    /// <summary>Whether a child of this kind may sit directly in <paramref name="parent"/> without the tree builder moving or adding anything.</summary>
    public static bool FitsIn(HtmlElementKind child, HtmlElementKind? parent, string? parentName) => child switch
    {
        HtmlElementKind.TableSection => parent == HtmlElementKind.Table,
        HtmlElementKind.TableRow => parent == HtmlElementKind.TableSection,
        HtmlElementKind.TableCell => parent == HtmlElementKind.TableRow,
        HtmlElementKind.ListItem => parentName is "ul" or "ol" or "menu",
        HtmlElementKind.DefinitionItem => parentName is "dl",
        _ => !IsTableContext(parent),
    };

    /// <summary>Inside table, a section or a row, only white space is text; anything else would be moved out of the table.</summary>
    public static bool IsTableContext(HtmlElementKind? kind) =>
        kind is HtmlElementKind.Table or HtmlElementKind.TableSection or HtmlElementKind.TableRow;

    /// <summary>Start tags that close a paragraph in button scope (HTML standard, "in body" insertion mode).</summary>
    public static bool ClosesParagraph(HtmlElementKind kind) => kind is HtmlElementKind.Block or HtmlElementKind.Heading or HtmlElementKind.Pre
        or HtmlElementKind.ListItem or HtmlElementKind.DefinitionItem or HtmlElementKind.VoidBlock or HtmlElementKind.Table;

    private static FrozenDictionary<string, (string, HtmlElementKind)> Build()
    {
        var kinds = new Dictionary<string, (string, HtmlElementKind)>(StringComparer.Ordinal);
        void Add(HtmlElementKind kind, params string[] names)
        {
            foreach (var name in names) kinds.Add(name, (name, kind));
        }
        Add(HtmlElementKind.Inline, "span", "abbr", "cite", "dfn", "kbd", "mark", "q", "samp", "sub", "sup", "var", "time", "data", "bdi", "bdo",
            "ins", "del", "label", "picture", "video", "audio", "canvas", "meter", "progress", "output",
            // Formatting elements: nested properly, the list of active formatting elements never has to be reconstructed.
            "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u");
        Add(HtmlElementKind.Anchor, "a");
        Add(HtmlElementKind.Block, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul");
        Add(HtmlElementKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        Add(HtmlElementKind.Pre, "pre");
        Add(HtmlElementKind.ListItem, "li");
        Add(HtmlElementKind.DefinitionItem, "dd", "dt");
        Add(HtmlElementKind.Void, "br", "img", "wbr", "embed", "input", "source", "track");
        Add(HtmlElementKind.VoidBlock, "hr");
        Add(HtmlElementKind.Table, "table");
        Add(HtmlElementKind.TableSection, "thead", "tbody", "tfoot");
        Add(HtmlElementKind.TableRow, "tr");
        Add(HtmlElementKind.TableCell, "td", "th");
        Add(HtmlElementKind.RawText, "script", "style");
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
