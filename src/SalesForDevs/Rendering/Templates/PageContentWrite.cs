using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Views;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// <c>{{ page.content }}</c> as a statement of its own: when the page's output keeps UTF-8 (<see cref="IUtf8Output"/>),
/// the post's body goes there as the bytes it is kept in (<see cref="Utf8Html"/>), instead of being decoded into a
/// string that the output encodes again. Anything else (another output, an indent, a page whose body would reach a
/// limit, <c>page</c> set to something else) evaluates <c>page.content</c> as Scriban does, so the text, the
/// errors and the limits are the same either way. It keeps <c>page.content</c> as its child, so walks of the syntax
/// tree still see the read.
/// </summary>
internal sealed class PageContentWrite : ScriptExpression
{
    private static readonly object Rewriting = new();

    private ScriptMemberExpression _read;

    private PageContentWrite(ScriptMemberExpression read)
    {
        _read = null!;
        Span = read.Span;
        ParentToThis(ref _read, read);
    }

    /// <summary>Puts one in place of every <c>{{ page.content }}</c> statement of the theme's templates; a theme already done is left as it is.</summary>
    public static void Apply(Theme theme)
    {
        lock (Rewriting)
        {
            foreach (var template in theme.Templates.Values)
                if (template.Template.Page is { } page) Rewrite(page);
        }
    }

    /// <summary>The rewrite of <see cref="Apply"/> on one parsed template.</summary>
    internal static void Rewrite(ScriptNode node)
    {
        if (node is ScriptExpressionStatement { Expression: ScriptMemberExpression read } statement && IsPageContent(read))
        {
            // Unhooks the read from the statement first: a node has one parent.
            var write = new PageContentWrite(Detach(statement, read));
            statement.Expression = write;
            return;
        }
        foreach (var child in node.Children)
            if (child is not null) Rewrite(child);
    }

    private static ScriptMemberExpression Detach(ScriptExpressionStatement statement, ScriptMemberExpression read)
    {
        statement.Expression = null;
        return read;
    }

    private static bool IsPageContent(ScriptMemberExpression read) =>
        read is { Target: ScriptVariableGlobal { Name: "page" }, Member.Name: "content" } && read.GetType() == typeof(ScriptMemberExpression);

    public override int ChildrenCount => 1;

    protected override ScriptNode GetChildrenImpl(int index) => _read;

    public override object? Evaluate(TemplateContext context)
    {
        if (context.EnableOutput && context.Output is IUtf8Output output && IncludeRenderer.Unindented(context)
            && context.GetValue((ScriptVariableGlobal)_read.Target!) is ContentPageView view && TryWrite(context, output, view.Html))
            return null;
        return context.Evaluate(_read);
    }

    /// <summary>
    /// Writes the body as the block would write its string: within Scriban's limits (a string as long as
    /// <see cref="TemplateContext.LimitToString"/> or a page past <see cref="TemplateContext.OutputLimit"/> is left to
    /// the string way, which reports it), counting its characters toward the page's, and noting whether it ended a line.
    /// </summary>
    private static bool TryWrite(TemplateContext context, IUtf8Output output, Utf8Html html)
    {
        var length = html.CharLength;
        var stringLimit = context.LimitToString;
        if (stringLimit > 0 && length >= stringLimit) return false;
        var outputLimit = context.OutputLimit ?? stringLimit;
        if (outputLimit > 0 && length > outputLimit - OutputLength(context)) return false;
        if (length == 0) return true;
        output.WriteUtf8(html.Bytes);
        OutputLength(context) += length;
        IncludeRenderer.PreviousTextWasNewLine(context) = html.Bytes[^1] == (byte)'\n';
        return true;
    }

    /// <summary>The characters written to the page so far: Scriban's own count, which its output limit reads.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_currentOutputLength")]
    private static extern ref long OutputLength(TemplateContext context);

    public override void PrintTo(ScriptPrinter printer) => _read.PrintTo(printer);
}
