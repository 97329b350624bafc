using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Renders an included template as Scriban's own include does (its arguments as <c>$</c>, <c>$1</c>…, its own locals,
/// the recursion limit), but into whatever output is current, so the page's writer receives it directly.
/// </summary>
internal static class IncludeRenderer
{
    /// <summary>
    /// Whether text written now goes out as it is: no indent, or an empty one (Scriban then writes nothing before each
    /// line, and keeps the same track of line ends as without one). Only then is rendering in place the same as
    /// rendering a string and writing it.
    /// </summary>
    public static bool Unindented(TemplateContext context) => string.IsNullOrEmpty(context.CurrentIndent);

    /// <summary>Renders into the current output; the caller has made sure it is <see cref="Unindented"/>.</summary>
    public static void Render(TemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        // Scriban's include starts the included template without the caller's indent, and so does this.
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            var file = template.SourceFilePath;
            if (file is not null) context.PushSourceFile(file);
            try
            {
                context.UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
                if (template.Page is { } page && context.Evaluate(page) is { } last && context.EnableOutput) context.Write(page.Span, last);
            }
            finally
            {
                if (file is not null) context.PopSourceFile();
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
            context.CurrentIndent = indent;
        }
    }

    /// <summary>Renders into a string, as the include function returns it, with the indent of the caller's line set aside meanwhile.</summary>
    public static string ToText(TemplateContext context, Template template, ScriptArray arguments, ScriptNode caller)
    {
        var indent = context.CurrentIndent;
        // Whether the last text written ended a line decides where the caller's indent goes; the include's own text must not change it.
        var newLine = PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        if (indent is not null) context.ResetPreviousNewLine();
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            Render(context, template, arguments, caller);
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = indent;
            PreviousTextWasNewLine(context) = newLine;
        }
        return output.ToString();
    }

    /// <summary>Whether the last text written ended a line: Scriban's own state, which decides where an indent goes.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    internal static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
