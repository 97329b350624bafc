using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Whether the theme's <c>base</c> layout writes the page's main column exactly once, as a statement of its own at
/// its top level (<c>{{ content }}</c>), and nothing it includes reads <c>content</c>. Then the page's layout can be
/// rendered at that point straight into the page (<see cref="LayoutContent"/>) instead of into a string that base
/// copies. Any other use (<c>content | string.size</c>, inside a condition, a computed include, <c>ret</c>) keeps the string.
/// </summary>
internal static class ContentStatement
{
    public static bool IsAlone(Theme theme)
    {
        if (theme.Find("base") is not { } base_ || base_.Template.Page is not { } page) return false;
        var uses = new List<ScriptVariable>();
        if (!Walk(page, uses, isBase: true) || uses.Count != 1) return false;
        if (uses[0].Parent is not ScriptExpressionStatement statement) return false;
        for (var node = statement.Parent; node is not ScriptPage; node = node.Parent)
            if (node is null || !(node is ScriptBlockStatement || node.GetType().Name.StartsWith("ScriptList", StringComparison.Ordinal))) return false;
        var included = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ScriptNode>([page]);
        while (pending.Count > 0)
        {
            foreach (var name in Includes(pending.Pop()))
            {
                if (name is null || theme.Find(name) is not { Template.Page: { } inner }) return false;
                if (!included.Add(name)) continue;
                var reads = new List<ScriptVariable>();
                if (!Walk(inner, reads, isBase: false) || reads.Count > 0) return false;
                pending.Push(inner);
            }
        }
        return true;
    }

    /// <summary>
    /// The templates that read <c>content</c>, themselves or through what they include (or could, through <c>this</c>,
    /// an evaluated string or an include named at run time): only these need a page's body as the text of that global
    /// when they are its layout.
    /// </summary>
    public static IReadOnlySet<string> Readers(Theme theme)
    {
        var readers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in theme.Templates.Keys)
            if (Reads(theme, name)) readers.Add(name);
        return readers;
    }

    private static bool Reads(Theme theme, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var pending = new Stack<string>([name]);
        while (pending.Count > 0)
        {
            if (theme.Find(pending.Pop()) is not { Template.Page: { } page }) return true;
            var reads = new List<ScriptVariable>();
            if (!Walk(page, reads, isBase: false) || reads.Count > 0) return true;
            foreach (var included in Includes(page))
            {
                if (included is null) return true;
                if (seen.Add(included)) pending.Push(included);
            }
        }
        return false;
    }

    /// <summary>Collects the reads of <c>content</c>; false on a construct that could reach it some other way.</summary>
    private static bool Walk(ScriptNode node, List<ScriptVariable> uses, bool isBase)
    {
        switch (node)
        {
            // The member of page.content is a variable node too, but not the global.
            case ScriptVariableGlobal { Name: "content" } v when !(v.Parent is ScriptMemberExpression m && ReferenceEquals(m.Member, v)):
                uses.Add(v);
                break;
            case ScriptThisExpression:
            case ScriptReturnStatement when isBase:
            case ScriptMemberExpression m when PartialAnalyzer.Path(m) is "object.eval" or "object.eval_template":
                return false;
        }
        foreach (var child in node.Children)
            if (child is not null && !Walk(child, uses, isBase)) return false;
        return true;
    }

    /// <summary>The templates a template includes, by name; null for one named at run time.</summary>
    private static IEnumerable<string?> Includes(ScriptNode node)
    {
        if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call)
            yield return call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name } ? PartialAnalyzer.TemplateName(name) : null;
        else if (node is ScriptVariableGlobal { Name: "include" } v && v.Parent is not ScriptFunctionCall)
            yield return null;
        foreach (var child in node.Children)
            if (child is not null)
                foreach (var name in Includes(child)) yield return name;
    }
}
