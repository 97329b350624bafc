using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// The members of <c>site</c> a theme's templates read, by their template names (<c>recent_posts</c>, <c>tags</c>):
/// sfd serve keeps every page while the members its theme reads are unchanged, so a new post's title in
/// <c>site.recent_posts</c> re-renders all pages only for a theme that shows it. A template that uses <c>site</c> in any
/// other way than <c>site.NAME</c> (passes it on, assigns it, indexes it) may read anything: then the answer is null.
/// </summary>
internal static class SiteReads
{
    private const string Site = "site";

    /// <summary>The names read as <c>site.NAME</c> in any of the theme's templates; null when one uses <c>site</c> otherwise.</summary>
    public static IReadOnlySet<string>? Of(Theme theme)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in theme.Templates.Values)
            if (template.Template.Page is { } page && !Walk(page, null, names)) return null;
        return names;
    }

    /// <returns>False when <c>site</c> is used as a whole somewhere under <paramref name="node"/>.</returns>
    private static bool Walk(ScriptNode node, ScriptNode? parent, HashSet<string> names)
    {
        if (node is ScriptVariable { Name: Site } variable)
        {
            switch (parent)
            {
                case ScriptMemberExpression { Member: { } name } member when ReferenceEquals(member.Target, variable):
                    names.Add(name.Name);
                    break;
                // `x.site`, `{site: …}`, `f site: …`: a name of something else, spelled like the global.
                case ScriptMemberExpression member when ReferenceEquals(member.Member, variable):
                case ScriptObjectMember entry when ReferenceEquals(entry.Name, variable):
                case ScriptNamedArgument argument when ReferenceEquals(argument.Name, variable):
                    break;
                default:
                    return false;
            }
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child && !Walk(child, node, names)) return false;
        return true;
    }
}
