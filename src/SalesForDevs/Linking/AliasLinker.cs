using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Collects the aliases of published posts and pages. An alias must be an address no page uses now: one that lands on
/// a post, a page or a page the site generates, or that another alias already claims, is an error at the alias.
/// </summary>
internal static class AliasLinker
{
    /// <summary>Addresses the site generates besides posts, pages, tags and series.</summary>
    private static readonly string[] Generated = ["/", "/archive/", "/tags/", "/series/", "/search/", "/404.html"];

    /// <param name="terms">The terms of every taxonomy (tags, those of site.yml, authors), each with a page.</param>
    /// <param name="folders">The list pages of the taxonomies of site.yml and of the authors.</param>
    public static IReadOnlyList<AliasNode> Link(IEnumerable<PostNode> published, IEnumerable<TermNode> terms, IEnumerable<string> folders,
        IReadOnlyList<SeriesNode> series, DiagnosticBag diagnostics)
    {
        var pages = published.ToList();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in Generated.Concat(folders)) taken[Permalinks.OutputPathFor(url)] = "a page the site generates";
        foreach (var term in terms) taken[Permalinks.OutputPathFor(term.Url)] = $"the page of {term.Taxonomy.Singular.ToLowerInvariant()} `{term.Name}`";
        foreach (var one in series) taken[Permalinks.OutputPathFor(one.Url)] = $"the page of series `{one.Key}`";
        foreach (var node in pages) taken[node.OutputPath] = $"the page of {node.Item.SourcePath}";

        var aliases = new List<AliasNode>();
        var claimed = new Dictionary<string, AliasNode>(StringComparer.Ordinal);
        foreach (var node in pages.OrderBy(n => n.Item.SourcePath, StringComparer.Ordinal))
        {
            foreach (var alias in node.Item.FrontMatter.Aliases)
            {
                var output = Permalinks.OutputPathFor(Uri.UnescapeDataString(alias.Value));
                if (taken.TryGetValue(output, out var owner) || output.StartsWith("page/", StringComparison.Ordinal))
                    diagnostics.Error("alias-collision", $"alias {alias.Value} is the address of {owner ?? "a page of the home page's list"}; an alias must be an old address that no page uses now", alias.At);
                else if (claimed.TryGetValue(output, out var first))
                    diagnostics.Error("alias-collision", first.Target == node
                        ? $"alias {alias.Value} is given twice; keep one"
                        : $"alias {alias.Value} is also an alias of {first.Target.Item.SourcePath} ({first.At}); one old address can redirect to one page only", alias.At);
                else
                {
                    var found = new AliasNode(alias.Value, output, node, alias.At);
                    claimed[output] = found;
                    aliases.Add(found);
                }
            }
        }
        return aliases.OrderBy(a => a.OutputPath, StringComparer.Ordinal).ToList();
    }
}
