using SalesForDevs.Linking;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Outputs;

/// <summary>
/// Between two builds with the same graph (sfd serve: nothing but post bodies changed), the posts and pages whose
/// rendered markdown is not the earlier build's object (the markdown cache hands back the same one while a body is
/// unchanged), and those of them whose summary changed too. A post whose title alone changed (linking kept the graph)
/// counts as both: its own page, feeds and search document hold the title, and every link to it shows it.
/// </summary>
internal sealed class BodyChanges
{
    private BodyChanges(IReadOnlySet<PostNode> bodies, IReadOnlySet<PostNode> summaries) => (Bodies, Summaries) = (bodies, summaries);

    public IReadOnlySet<PostNode> Bodies { get; }
    public IReadOnlySet<PostNode> Summaries { get; }

    /// <summary>Null when the two builds do not render the same nodes.</summary>
    /// <param name="retitled">Nodes whose title changed since <paramref name="before"/> was made.</param>
    public static BodyChanges? Between(IReadOnlyDictionary<PostNode, RenderedMarkdown> before, IReadOnlyDictionary<PostNode, RenderedMarkdown> now,
        IEnumerable<PostNode> retitled)
    {
        if (before.Count != now.Count) return null;
        var bodies = new HashSet<PostNode>(retitled);
        var summaries = new HashSet<PostNode>(bodies);
        foreach (var (node, rendered) in now)
        {
            if (!before.TryGetValue(node, out var old)) return null;
            if (ReferenceEquals(old, rendered)) continue;
            bodies.Add(node);
            if (PostSummary.Of(node, old) != PostSummary.Of(node, rendered)) summaries.Add(node);
        }
        return new BodyChanges(bodies, summaries);
    }
}
