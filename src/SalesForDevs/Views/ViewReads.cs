using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>
/// The posts and pages whose rendered markdown one page's view was built from: whose body (<see cref="ViewFactory.Rendered"/>)
/// and whose summary (<see cref="ViewFactory.Summary"/>, which every <see cref="PostRef"/> carries). Everything else a view
/// holds comes from the graph, so while the graph is the same, a page needs a look after an edit only when it read the
/// edited post's body, or its summary and the summary changed (sfd serve).
/// <para>
/// A view is built on one thread, so the recording is per thread: <see cref="Record{T}"/> notes what the views built
/// inside it read, and reads outside any recording cost one check.
/// </para>
/// </summary>
internal sealed class ViewReads
{
    [ThreadStatic] private static ViewReads? t_current;

    // Only while recording: the arrays below are what is kept.
    private HashSet<PostNode>? _bodies = [];
    private HashSet<PostNode>? _summaries = [];

    private ViewReads() { }

    /// <summary>Nodes whose rendered body the view holds (a post's own page).</summary>
    public PostNode[] Bodies { get; private set; } = [];

    /// <summary>Nodes whose summary the view holds (links to posts in lists, neighbours, related posts).</summary>
    public PostNode[] Summaries { get; private set; } = [];

    /// <summary><paramref name="build"/>'s result, with what the views it built read.</summary>
    public static T Record<T>(Func<T> build, out ViewReads reads)
    {
        var outer = t_current;
        var current = t_current = new ViewReads();
        try
        {
            var result = build();
            current.Bodies = [.. current._bodies!];
            current.Summaries = [.. current._summaries!];
            current._bodies = current._summaries = null;
            reads = current;
            return result;
        }
        finally
        {
            t_current = outer;
        }
    }

    internal static void Body(PostNode node) => t_current?._bodies?.Add(node);

    internal static void Summary(PostNode node) => t_current?._summaries?.Add(node);

    /// <summary>Whether the view read the body of any of <paramref name="changed"/>, or the summary of any of <paramref name="newSummaries"/>.</summary>
    public bool Touches(IReadOnlySet<PostNode> changed, IReadOnlySet<PostNode> newSummaries) =>
        Any(Bodies, changed) || Any(Summaries, newSummaries);

    private static bool Any(PostNode[] read, IReadOnlySet<PostNode> nodes)
    {
        if (nodes.Count == 0) return false;
        foreach (var node in read)
            if (nodes.Contains(node)) return true;
        return false;
    }
}
