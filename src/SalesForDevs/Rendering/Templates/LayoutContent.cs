using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// <c>content</c> in <c>base</c> when the theme writes it alone (<see cref="ContentStatement"/>): when base reaches
/// <c>{{ content }}</c>, the page's layout renders right there into the page's output, with the globals it would
/// have had rendered on its own (its assignments stay its own, and what base assigned before it stays out of its
/// sight), rather than into a string base then copies.
/// </summary>
internal sealed class LayoutContent(ThemeTemplate layout, ScriptObject globals) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = (ThemeTemplateContext)context;
        // An indented {{ content }} has every line indented by Scriban: that needs the text, as before.
        var output = IncludeRenderer.Unindented(context) ? null : new StringBuilderOutput();
        var chain = theme.Includes.ToArray();
        theme.Includes.Clear();
        theme.Includes.Add((layout.Name, default));
        var indent = context.CurrentIndent;
        var newLine = IncludeRenderer.PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        if (output is not null) context.PushOutput(output);
        // Rendered on its own, the layout could not read what base (or its partials) assigned before {{ content }}:
        // such a read must stay an error here too, or a first build would pass where a rebuild fails.
        var baseGlobals = context.CurrentGlobal as ScriptObject;
        var hidden = baseGlobals?.Where(p => !globals.ContainsKey(p.Key)).ToList() ?? [];
        foreach (var (name, _) in hidden) baseGlobals!.Remove(name);
        context.PushGlobal(globals);
        var file = layout.Template.SourceFilePath;
        if (file is not null) context.PushSourceFile(file);
        try
        {
            if (layout.Template.Page is { } page && context.Evaluate(page) is { } last && context.EnableOutput) context.Write(page.Span, last);
        }
        finally
        {
            if (file is not null) context.PopSourceFile();
            context.PopGlobal();
            foreach (var (name, value) in hidden) baseGlobals!.SetValue(name, value, readOnly: false);
            if (output is not null)
            {
                context.PopOutput();
                IncludeRenderer.PreviousTextWasNewLine(context) = newLine;
            }
            context.CurrentIndent = indent;
            theme.Includes.Clear();
            theme.Includes.AddRange(chain);
        }
        return output?.ToString();
    }

    public int RequiredParameterCount => 0;
    public int ParameterCount => 0;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));
    public int GetParameterIndexByName(string name) => -1;
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
