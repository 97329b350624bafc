using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SalesForDevs.Languages;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// <c>t</c>: a string of the site's language. <c>t "read_more"</c>; with a number, the plural form for it and
/// <c>{count}</c> filled (<c>t "reading_time" page.reading_minutes</c>); with an object, its members fill the
/// placeholders (<c>t "page_of" {page: 2, total: 5}</c>, a <c>count</c> member picks the plural form). The text is
/// returned as the i18n file has it, which may hold HTML; values are inserted as given, so escape what needs it.
/// A key no file has is a template error naming the files looked in.
/// </summary>
internal sealed class TranslateFunction(Translations strings) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 1 or > 2)
            throw new ScriptRuntimeException(span, $"t takes a key and, optionally, a count or an object of values, as in t \"reading_time\" 5; it got {arguments.Count} arguments");
        var key = context.ObjectToString(arguments[0]) ?? "";
        var (values, count) = arguments.Count == 2 ? Values(context, arguments[1], span) : (null, null);
        return strings.TryText(key, values, count)
            ?? throw new ScriptRuntimeException(span, $"no string `{key}` in the language's i18n files ({string.Join(", ", strings.Files)}); add it to the site's i18n/{strings.Language}.yml");
    }

    private static (IReadOnlyDictionary<string, object?>? Values, long? Count) Values(TemplateContext context, object? argument, Scriban.Parsing.SourceSpan span)
    {
        switch (argument)
        {
            case null:
                return (null, null);
            case IDictionary<string, object?> map:
                var values = new Dictionary<string, object?>(map, StringComparer.Ordinal);
                return (values, values.TryGetValue("count", out var c) && IsNumber(c) ? Convert.ToInt64(c, CultureInfo.InvariantCulture) : null);
            case IDictionary other:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry e in other) copy[context.ObjectToString(e.Key) ?? ""] = e.Value;
                return (copy, copy.TryGetValue("count", out var n) && IsNumber(n) ? Convert.ToInt64(n, CultureInfo.InvariantCulture) : null);
            case var number when IsNumber(number):
                return (null, Convert.ToInt64(number, CultureInfo.InvariantCulture));
            default:
                throw new ScriptRuntimeException(span, $"t's second argument must be a number (the count) or an object of values such as {{page: 2}}, not {context.ObjectToString(argument)}");
        }
    }

    private static bool IsNumber(object? value) => value is int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal;

    public int RequiredParameterCount => 1;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "values", null);
    public int GetParameterIndexByName(string name) => name switch { "key" => 0, "values" => 1, _ => -1 };
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
