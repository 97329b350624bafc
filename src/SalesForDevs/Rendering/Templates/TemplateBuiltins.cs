using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Scriban's builtin objects (<c>array</c>, <c>string</c>, <c>html</c>, <c>date</c>…), each made the first time a
/// template reads it. Scriban's own table makes all of them at start, importing some two hundred functions by
/// reflection: in the native sfd that was about a tenth of a small site's build, though a theme calls into a few.
/// Shared read-only by every context of a build (what Scriban's table is per context): each object is made once,
/// under a lock, and then the same for every page. Reads, the read-only rule and the names are Scriban's own.
/// </summary>
internal sealed class TemplateBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Makers = new(StringComparer.Ordinal)
    {
        ["array"] = BuiltinDeclarations.Array,
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        [DateTimeFunctions.DateVariable.Name] = () => new DateTimeFunctions(),
        ["html"] = BuiltinDeclarations.Html,
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = BuiltinDeclarations.String,
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    private readonly Dictionary<string, Lazy<object>> _made =
        Makers.ToDictionary(m => m.Key, m => new Lazy<object>(m.Value, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);

    /// <summary>The builtin object of that name, made now if no template read it yet; null for a name that is not a builtin.</summary>
    public object? Get(string name) => _made.TryGetValue(name, out var made) ? made.Value : null;

    /// <summary>Whether a template has read the builtin object of that name yet (for tests and --verbose).</summary>
    public bool IsMade(string name) => _made.TryGetValue(name, out var made) && made.IsValueCreated;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_made.TryGetValue(member, out var made))
        {
            value = made.Value;
            return true;
        }
        return base.TryGetValue(context, span, member, out value);
    }

    public override object? this[string key]
    {
        get => Get(key) ?? base[key];
        set => base[key] = value;
    }

    public override bool Contains(string member) => _made.ContainsKey(member) || base.Contains(member);

    // Read-only, as Scriban sets its builtins: a template cannot assign `string` or `array`.
    public override bool CanWrite(string member) => !_made.ContainsKey(member) && base.CanWrite(member);

    public override bool Remove(string member) => !_made.ContainsKey(member) && base.Remove(member);

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        !_made.ContainsKey(member) && base.TrySetValue(context, span, member, value, readOnly);
}
