using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>
/// The posts and pages whose rendered markdown one page's view was built from: whose body (<see cref="ViewFactory.Rendered"/>)
/// and whose summary (<see cref="ViewFactory.Summary"/>, which every <see cref="PostRef"/> carries). Everything else a view
/// holds comes from the graph, so while the graph is the same, a page needs a look after an edit only when it read the
/// edited post's body, or its summary and the summary changed (sfd serve).
/// <para>
/// A view carries the summary of every post it links, but its template may show none of them (the default theme's
/// archive and tag pages list titles and dates): when the page is rendered, the summaries its templates read are noted
/// too (<see cref="RecordShown"/>), and those are what a changed summary is checked against.
/// </para>
/// <para>
/// A view is built and rendered on one thread, so the recording is per thread: <see cref="Record{T}"/> notes what the
/// views built inside it read, and reads outside any recording cost one check.
/// </para>
/// </summary>
internal sealed class ViewReads
{
    [ThreadStatic] private static ViewReads? t_current;

    // Only while recording: the arrays below are what is kept.
    private HashSet<PostNode>? _bodies = [];
    private HashSet<PostNode>? _summaries = [];
    private HashSet<PostNode>? _shown;
    private bool _countsRead;

    private ViewReads() { }

    /// <summary>Nodes whose rendered body the view holds (a post's own page).</summary>
    public PostNode[] Bodies { get; private set; } = [];

    /// <summary>Nodes whose link the view holds, with their summary (lists, neighbours, related posts).</summary>
    public PostNode[] Summaries { get; private set; } = [];

    /// <summary>Nodes whose summary the page's templates read when it was rendered; null when it was not rendered with this view.</summary>
    public PostNode[]? Shown { get; private set; }

    /// <summary>Whether the page's templates read a tag's count when it was rendered; null when unknown, like <see cref="Shown"/>.</summary>
    public bool? CountsShown { get; private set; }

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

    /// <summary><paramref name="render"/>'s result, noting the summaries its templates read (<see cref="Shown"/>).</summary>
    public T RecordShown<T>(Func<T> render)
    {
        var outer = t_current;
        _shown = [];
        _countsRead = false;
        t_current = this;
        try
        {
            var result = render();
            Shown = [.. _shown];
            CountsShown = _countsRead;
            return result;
        }
        finally
        {
            _shown = null;
            t_current = outer;
        }
    }

    /// <summary>
    /// The page was not rendered again because its view came out the same as when it was: its templates read what they
    /// read then (<paramref name="then"/>), the summaries of the nodes that now stand for the same files
    /// (<paramref name="current"/>; unknown when one is gone).
    /// </summary>
    public void KeepShown(ViewReads then, Func<PostNode, PostNode?> current)
    {
        CountsShown = then.CountsShown;
        if (then.Shown is not { } shown) return;
        var now = new PostNode[shown.Length];
        for (var i = 0; i < shown.Length; i++)
            if ((now[i] = current(shown[i])!) is null) return;
        Shown = now;
    }

    internal static void Body(PostNode node) => t_current?._bodies?.Add(node);

    internal static void Summary(PostNode node) => t_current?._summaries?.Add(node);

    /// <summary>A template read a tag's count.</summary>
    internal static void CountShown()
    {
        if (t_current is { _shown: not null } reads) reads._countsRead = true;
    }

    /// <summary>A template read the summary of <paramref name="node"/>'s link.</summary>
    internal static void SummaryShown(PostNode? node)
    {
        if (node is not null) t_current?._shown?.Add(node);
    }

    /// <summary>
    /// Whether the page must be looked at again: its view read the body of any of <paramref name="changed"/>, its templates
    /// read the summary of any of <paramref name="newSummaries"/> (its view held it, when it was not rendered from this
    /// view), or its view links any of <paramref name="retitled"/>.
    /// </summary>
    public bool Touches(IReadOnlySet<PostNode> changed, IReadOnlySet<PostNode> newSummaries, IReadOnlySet<PostNode> retitled) =>
        Any(Bodies, changed) || Any(Shown ?? Summaries, newSummaries) || Any(Summaries, retitled);

    private static bool Any(PostNode[] read, IReadOnlySet<PostNode> nodes)
    {
        if (nodes.Count == 0) return false;
        foreach (var node in read)
            if (nodes.Contains(node)) return true;
        return false;
    }
}
