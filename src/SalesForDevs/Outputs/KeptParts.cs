using SalesForDevs.Linking;

namespace SalesForDevs.Outputs;

/// <summary>
/// The parts of a file made of one part per post or page (the search index's documents), kept between builds in one
/// process (sfd serve) with the inputs each was made from (<see cref="IOutputCache.ReuseEach"/>).
/// <para>
/// When the graph and the rendered markdown they were made with are the last complete build's, and this build has the
/// same graph (nothing but post bodies changed since), only the nodes whose markdown changed are looked at: the work is
/// proportional to the edit, not to the site. Otherwise each node's inputs are made and compared with those kept for the
/// same source file.
/// </para>
/// </summary>
internal sealed class KeptParts<TInputs, T> where TInputs : IEquatable<TInputs> where T : class
{
    private readonly PostNode[] _nodes;
    private readonly TInputs[] _inputs;
    private readonly T[] _parts;
    // Shared by every generation made from the same graph, which has the same nodes in the same order.
    private readonly Lazy<Dictionary<PostNode, int>> _indexOfNode;

    private KeptParts(SiteGraph graph, object rendered, PostNode[] nodes, TInputs[] inputs, T[] parts, Lazy<Dictionary<PostNode, int>>? indexOfNode)
    {
        Graph = graph;
        Rendered = rendered;
        _nodes = nodes;
        _inputs = inputs;
        _parts = parts;
        _indexOfNode = indexOfNode ?? new(() => IndexOf(nodes));
    }

    /// <summary>The graph and the rendered markdown (by identity) the parts were made from.</summary>
    public SiteGraph Graph { get; }
    public object Rendered { get; }

    /// <summary>The parts, one per node, in the nodes' order.</summary>
    public IReadOnlyList<T> Parts => _parts;

    /// <summary>Each node's part, made afresh: what a build that keeps nothing does.</summary>
    public static T[] MakeAll(IReadOnlyList<PostNode> nodes, Func<PostNode, TInputs> inputs, Func<TInputs, T> make)
    {
        var parts = new T[nodes.Count];
        Parallel.For(0, parts.Length, i => parts[i] = make(inputs(nodes[i])));
        return parts;
    }

    /// <summary>This build's parts: those of <paramref name="kept"/> where their inputs did not change, the others made.</summary>
    /// <param name="bodiesChanged">
    /// When the graph is the last complete build's, the nodes whose rendered markdown is not that build's; null otherwise.
    /// </param>
    /// <param name="lastRendered">The rendered markdown of the last complete build (by identity), or null.</param>
    public static KeptParts<TInputs, T> Next(KeptParts<TInputs, T>? kept, SiteGraph graph, object rendered, IReadOnlyList<PostNode> nodes,
        IReadOnlySet<PostNode>? bodiesChanged, object? lastRendered, Func<PostNode, TInputs> inputs, Func<TInputs, T> make, out int reused, out int made)
    {
        if (kept is not null && bodiesChanged is not null && ReferenceEquals(kept.Graph, graph) && ReferenceEquals(kept.Rendered, lastRendered)
            && kept._nodes.Length == nodes.Count)
            return kept.Patch(rendered, bodiesChanged, inputs, make, out reused, out made);

        var nodeArray = nodes.ToArray();
        var newInputs = new TInputs[nodeArray.Length];
        var parts = new T[nodeArray.Length];
        var bySource = kept?.BySource();
        var counts = new int[2];
        Parallel.For(0, nodeArray.Length, i =>
        {
            var node = nodeArray[i];
            var now = newInputs[i] = inputs(node);
            if (bySource is not null && bySource.TryGetValue(node.Item.SourcePath, out var j) && kept!._inputs[j].Equals(now))
            {
                parts[i] = kept._parts[j];
                Interlocked.Increment(ref counts[0]);
            }
            else
            {
                parts[i] = make(now);
                Interlocked.Increment(ref counts[1]);
            }
        });
        (reused, made) = (counts[0], counts[1]);
        return new KeptParts<TInputs, T>(graph, rendered, nodeArray, newInputs, parts, null);
    }

    /// <summary>The same nodes: copies the kept parts and looks only at the nodes whose markdown changed.</summary>
    private KeptParts<TInputs, T> Patch(object rendered, IReadOnlySet<PostNode> bodiesChanged, Func<PostNode, TInputs> inputs, Func<TInputs, T> make,
        out int reused, out int made)
    {
        var newInputs = (TInputs[])_inputs.Clone();
        var parts = (T[])_parts.Clone();
        made = 0;
        foreach (var node in bodiesChanged)
        {
            // A changed node that has no part (one the file leaves out) has nothing to look at.
            if (!_indexOfNode.Value.TryGetValue(node, out var i)) continue;
            var now = inputs(node);
            if (now.Equals(_inputs[i])) continue;
            newInputs[i] = now;
            parts[i] = make(now);
            made++;
        }
        reused = parts.Length - made;
        return new KeptParts<TInputs, T>(Graph, rendered, _nodes, newInputs, parts, _indexOfNode);
    }

    private Dictionary<string, int> BySource()
    {
        var bySource = new Dictionary<string, int>(_nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < _nodes.Length; i++) bySource[_nodes[i].Item.SourcePath] = i;
        return bySource;
    }

    private static Dictionary<PostNode, int> IndexOf(PostNode[] nodes)
    {
        var index = new Dictionary<PostNode, int>(nodes.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Length; i++) index[nodes[i]] = i;
        return index;
    }
}
