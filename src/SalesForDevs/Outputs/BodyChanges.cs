using SalesForDevs.Linking;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Outputs;

/// <summary>
/// Between two builds with the same graph (sfd serve: nothing but post bodies changed), the posts and pages whose
/// rendered markdown is not the earlier build's object (the markdown cache hands back the same one while a body is
/// unchanged), and those of them whose summary changed too. A post whose title alone changed (linking kept the graph)
/// counts as a changed body (its own page, feeds and search document hold the title) and as retitled (every link to it
/// shows it).
/// </summary>
internal sealed class BodyChanges
{
    private BodyChanges(IReadOnlySet<PostNode> bodies, IReadOnlySet<PostNode> summaries, IReadOnlySet<PostNode> retitled) =>
        (Bodies, Summaries, Retitled) = (bodies, summaries, retitled);

    /// <summary>Nodes whose page, feed entries and search document may have changed.</summary>
    public IReadOnlySet<PostNode> Bodies { get; }
    /// <summary>Nodes whose summary may have changed.</summary>
    public IReadOnlySet<PostNode> Summaries { get; }
    /// <summary>Nodes whose title changed: every link to them shows it.</summary>
    public IReadOnlySet<PostNode> Retitled { get; }

    /// <summary>Null when the two builds do not render the same nodes.</summary>
    /// <param name="retitled">Nodes whose title changed since <paramref name="before"/> was made.</param>
    public static BodyChanges? Between(IReadOnlyDictionary<PostNode, RenderedMarkdown> before, IReadOnlyDictionary<PostNode, RenderedMarkdown> now,
        IEnumerable<PostNode> retitled)
    {
        if (before.Count != now.Count) return null;
        var titles = new HashSet<PostNode>(retitled);
        var bodies = new HashSet<PostNode>(titles);
        var summaries = new HashSet<PostNode>();
        foreach (var (node, rendered) in now)
        {
            if (!before.TryGetValue(node, out var old)) return null;
            if (ReferenceEquals(old, rendered)) continue;
            bodies.Add(node);
            if (PostSummary.Of(node, old) != PostSummary.Of(node, rendered)) summaries.Add(node);
        }
        return new BodyChanges(bodies, summaries, titles);
    }
}
