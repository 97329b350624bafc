using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, keeping the chain of includes on the context, so that a template that includes itself
/// (directly or through others) is reported once, at the include that leads back, with the whole chain named.
/// An include that is a statement of its own (<c>{{ include "partials/footer" }}</c>) renders straight into the
/// page's output rather than into a string the page then copies, and a partial the <see cref="PartialCache"/> keeps
/// is written from there.
/// </summary>
internal sealed class IncludeChainFunction : IScriptCustomFunction
{
    private static readonly IncludeFunction Include = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not ThemeTemplateContext theme) return Include.Invoke(context, callerContext, arguments, blockStatement);
        var name = arguments.Count > 0 ? PartialAnalyzer.TemplateName(context.ObjectToString(arguments[0]) ?? "") : "";
        theme.Includes.Add((name, callerContext?.Span ?? default));
        try
        {
            if (theme.Includes.Count > theme.Limits.IncludeDepth) throw Cycle(theme.Includes);
            if (callerContext is not ScriptFunctionCall call || HasNamedArgument(call) || arguments.Count == 0)
                return Include.Invoke(context, callerContext, arguments, blockStatement);

            var template = context.GetOrCreateTemplate(context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call)!, call);
            // Written where the statement stands, as the string would have been; an indented include (each line of the
            // string indented when written) or one whose value is used goes the usual way.
            var inPlace = call.Parent is ScriptExpressionStatement && IncludeRenderer.Unindented(context) && context.EnableOutput;
            if (theme.Partials is { } partials && partials.TryWrite(context, name, arguments, (template, call),
                    static (context, arguments, include) => IncludeRenderer.ToText(context, include.template, arguments, include.call), out var html))
            {
                if (!inPlace) return html;
                context.Write(html!, 0, html!.Length);
                return null;
            }
            if (!inPlace) return IncludeRenderer.ToText(context, template, arguments, call);
            IncludeRenderer.Render(context, template, arguments, call);
            return null;
        }
        finally
        {
            theme.Includes.RemoveAt(theme.Includes.Count - 1);
        }
    }

    // A loop rather than a query: every include on every page asks, and the list's enumerator would be boxed.
    private static bool HasNamedArgument(ScriptFunctionCall call)
    {
        var arguments = call.Arguments;
        for (var i = 0; i < arguments.Count; i++)
            if (arguments[i] is ScriptNamedArgument) return true;
        return false;
    }

    /// <summary>Names the chain up to the first template that comes round again, at the include that brings it back.</summary>
    private static TemplateLimitException Cycle(List<(string Template, Scriban.Parsing.SourceSpan At)> chain)
    {
        var back = chain.Count - 1;
        for (var i = 1; i < chain.Count; i++)
        {
            if (chain.Take(i).Any(c => c.Template == chain[i].Template)) { back = i; break; }
        }
        var names = string.Join(" -> ", chain.Take(back + 1).Select(c => c.Template));
        return new TemplateLimitException(chain[back].At,
            $"include cycle: {names}; `{chain[back].Template}` is included again inside itself, without end; remove this include or guard it with a condition that ends");
    }

    public int RequiredParameterCount => Include.RequiredParameterCount;
    public int ParameterCount => Include.ParameterCount;
    public ScriptVarParamKind VarParamKind => Include.VarParamKind;
    public Type ReturnType => Include.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => Include.GetParameterInfo(index);
    public int GetParameterIndexByName(string name) => Include.GetParameterIndexByName(name);
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
