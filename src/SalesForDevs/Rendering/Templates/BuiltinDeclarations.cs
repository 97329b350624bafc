using System.Collections;
using Scriban.Functions;
using Scriban.Runtime;
using static SalesForDevs.Rendering.Templates.TemplateFunction;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Scriban's <c>html</c>, <c>array</c> and <c>string</c> objects with the functions the default theme calls declared:
/// Scriban's own methods with its names, parameter names, types and defaults, called directly. Making any of Scriban's
/// builtin objects runs a static constructor that looks its optimized functions up by reflection, which in the native
/// sfd was about 7% of a 10-post build's processor time. Every other member is Scriban's (<see cref="ScribanBuiltinMember"/>),
/// so each object lists the same names in the same order, all read-only, as Scriban's does; a test keeps the names in
/// step with Scriban's.
/// </summary>
internal static class BuiltinDeclarations
{
    public static readonly string[] HtmlNames = ["strip", "escape", "newline_to_br", "url_encode", "url_escape"];

    public static readonly string[] ArrayNames =
    [
        "add", "add_range", "compact", "concat", "cycle", "any", "each", "filter", "first", "insert_at", "join", "last", "limit",
        "map", "offset", "remove_at", "reverse", "size", "sort", "uniq", "contains",
    ];

    public static readonly string[] StringNames =
    [
        "escape", "append", "capitalize", "capitalizewords", "contains", "empty", "whitespace", "downcase", "ends_with",
        "equals_ignore_case", "handleize", "literal", "lstrip", "pluralize", "prepend", "remove", "remove_first", "remove_last",
        "replace", "replace_first", "rstrip", "size", "slice", "slice1", "split", "starts_with", "strip", "strip_newlines",
        "to_int", "to_long", "to_float", "to_double", "truncate", "truncatewords", "upcase", "md5", "sha1", "sha256", "sha512",
        "hmac_sha1", "hmac_sha256", "hmac_sha512", "pad_left", "pad_right", "base64_encode", "base64_decode", "index_of",
    ];

    public static ScriptObject Html() => Make(HtmlNames, () => new HtmlFunctions(), new Dictionary<string, TemplateFunction>
    {
        ["escape"] = new(typeof(string), (_, _, a) => HtmlFunctions.Escape(Argument<string>(a, 0)), P<string>("text")),
        ["newline_to_br"] = new(typeof(string), (_, _, a) => HtmlFunctions.NewlineToBr(Argument<string>(a, 0)), P<string>("text")),
        ["strip"] = new(typeof(string), (c, _, a) => HtmlFunctions.Strip(c, Argument<string>(a, 0)), P<string>("text")),
        ["url_encode"] = new(typeof(string), (_, _, a) => HtmlFunctions.UrlEncode(Argument<string>(a, 0)), P<string>("text")),
        ["url_escape"] = new(typeof(string), (_, _, a) => HtmlFunctions.UrlEscape(Argument<string>(a, 0)), P<string>("text")),
    });

    public static ScriptObject Array() => Make(ArrayNames, () => new ArrayFunctions(), new Dictionary<string, TemplateFunction>
    {
        ["size"] = new(typeof(int), (c, s, a) => ArrayFunctions.Size(c, s, Argument<IEnumerable>(a, 0)), P<IEnumerable>("list")),
        ["map"] = new(typeof(IEnumerable), (c, s, a) => ArrayFunctions.Map(c, s, Argument<object>(a, 0), Argument<string>(a, 1)), P<object>("list"), P<string>("member")),
        ["join"] = new(typeof(string), (c, s, a) => ArrayFunctions.Join(c, s, Argument<IEnumerable>(a, 0), Argument<string>(a, 1), Argument<object>(a, 2)),
            P<IEnumerable>("list"), P<string>("delimiter"), new ScriptParameterInfo(typeof(object), "function", null)),
    });

    public static ScriptObject String() => Make(StringNames, () => new StringFunctions(), new Dictionary<string, TemplateFunction>
    {
        ["downcase"] = new(typeof(string), (_, _, a) => StringFunctions.Downcase(Argument<string>(a, 0)), P<string>("text")),
        ["ends_with"] = new(typeof(bool), (_, _, a) => StringFunctions.EndsWith(Argument<string>(a, 0), Argument<string>(a, 1)), P<string>("text"), P<string>("value")),
        ["replace"] = new(typeof(string), (c, _, a) => StringFunctions.Replace(c, Argument<string>(a, 0), Argument<string>(a, 1), Argument<string>(a, 2)),
            P<string>("text"), P<string>("match"), P<string>("replace")),
        ["slice"] = new(typeof(string), (_, _, a) => StringFunctions.Slice(Argument<string>(a, 0), Argument<int>(a, 1), Argument<int?>(a, 2)),
            P<string>("text"), P<int>("start"), new ScriptParameterInfo(typeof(int?), "length", null)),
    });

    private static ScriptParameterInfo P<T>(string name) => new(typeof(T), name);

    private static ScriptObject Make(string[] names, Func<ScriptObject> scriban, Dictionary<string, TemplateFunction> declared)
    {
        var made = new Lazy<ScriptObject>(scriban, LazyThreadSafetyMode.ExecutionAndPublication);
        var builtin = new ScriptObject();
        foreach (var name in names)
            builtin.SetValue(name, declared.TryGetValue(name, out var function) ? function : new ScribanBuiltinMember(made, name), readOnly: true);
        return builtin;
    }
}
