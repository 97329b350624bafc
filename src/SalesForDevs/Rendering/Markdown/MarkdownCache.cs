using SalesForDevs.Caching;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>
/// Remembers each content file's rendered markdown between builds of one long-running process (sfd serve),
/// so a rebuild re-renders only the bodies that changed. An entry is reused when the file's body text and
/// start line are the same and every link it resolved still resolves the same way (a post's URL, or its
/// state as published, future or draft, can change without its linking file changing).
/// Renders that reported diagnostics are not kept, so their messages are reported again on every build.
/// Between <see cref="StartBuild"/> and <see cref="FinishBuild"/> it counts the bodies a build asked for, and then
/// forgets the others (<see cref="KeptEntries{TKey, TValue}"/>). Safe to use from the parallel renderer.
/// </summary>
internal sealed class MarkdownCache : IBodyRenderer
{
    private readonly KeptEntries<string, Entry> _entries = new(StringComparer.Ordinal);
    // Every body of the last complete build that reported nothing, with its graph, and of the build running.
    private (Linking.SiteGraph Graph, IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown> Results)? _last, _next;
    // The nodes whose item changed since the last complete build, when every build since kept its graph; null when unknown.
    private HashSet<Linking.PostNode>? _editedSinceLast = [];
    private int _reported;

    /// <summary>Bodies served from the cache since the last <see cref="StartBuild"/>.</summary>
    public int Hits => _entries.Hits;

    /// <summary>Bodies rendered since the last <see cref="StartBuild"/>.</summary>
    public int Misses => _entries.Misses;

    public void StartBuild()
    {
        _entries.StartBuild();
        _next = null;
        Interlocked.Exchange(ref _reported, 0);
    }

    /// <summary>
    /// What linking did: kept the graph and gave these nodes new items (edited bodies), or, with null, linked anew. Builds
    /// that fail add up, so the nodes are those changed since the last complete build.
    /// </summary>
    public void NodesEdited(IEnumerable<Linking.PostNode>? edited)
    {
        if (edited is null) _editedSinceLast = null;
        else _editedSinceLast?.UnionWith(edited);
    }

    /// <summary>
    /// With the graph of the last complete build, whose bodies all rendered without a message, and the nodes edited since
    /// known, that build's bodies with only the edited ones rendered again: the work of a body edit does not grow with
    /// the site. Otherwise every body is asked for (<see cref="Render"/> keeps the unchanged ones).
    /// </summary>
    public IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown> RenderAll(Linking.SiteGraph graph,
        Func<IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown>> renderEach, Func<Linking.PostNode, RenderedMarkdown> renderOne)
    {
        IReadOnlyDictionary<Linking.PostNode, RenderedMarkdown> results;
        if (_last is { } last && ReferenceEquals(last.Graph, graph) && _editedSinceLast is { } edited)
        {
            var patched = new Dictionary<Linking.PostNode, RenderedMarkdown>(last.Results);
            foreach (var node in edited)
                if (patched.ContainsKey(node)) patched[node] = renderOne(node);
            // The bodies not asked for are still the site's: a complete build must not forget them.
            _entries.KeepUnused();
            _entries.CountHits(patched.Count - _entries.Misses - _entries.Hits);
            results = patched;
        }
        else results = renderEach();
        _next = (graph, results);
        return results;
    }

    /// <summary>Like <see cref="MarkdownRenderer.Render"/>, but returns the remembered result when nothing it depends on changed.</summary>
    public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline? pipeline = null,
        bool toc = true)
    {
        pipeline ??= MarkdownPipelineFactory.Pipeline;
        // A result made without a table of contents serves only pages that show none.
        if (_entries.TryGet(sourcePath, out var entry) && entry.BodyStartLine == bodyStartLine && entry.Pipeline == pipeline && (entry.Toc || !toc)
            && string.Equals(entry.Body, body, StringComparison.Ordinal) && entry.Links.StillHolds(links))
        {
            _entries.CountHit();
            return entry.Result;
        }

        _entries.CountMiss();
        var recorder = new RecordingLinkResolver(links);
        var local = new DiagnosticBag();
        var result = MarkdownRenderer.Render(body, sourcePath, bodyStartLine, recorder, local, pipeline, toc);
        var reported = local.Sorted();
        foreach (var d in reported) diagnostics.Add(d);
        if (reported.Count > 0) Interlocked.Increment(ref _reported);
        if (reported.Count == 0) _entries.Set(sourcePath, new Entry(body, bodyStartLine, recorder, result, pipeline, toc));
        else _entries.Remove(sourcePath);
        return result;
    }

    /// <summary>Drops the entries of bodies the build did not ask for (deleted posts, drafts), so they do not stay in memory.</summary>
    public void FinishBuild()
    {
        _entries.FinishBuild();
        // A body that reported something is rendered again on every build, so that its messages are reported again.
        _last = Volatile.Read(ref _reported) == 0 ? _next : null;
        _editedSinceLast = [];
    }

    private sealed record Entry(string Body, int BodyStartLine, RecordingLinkResolver Links, RenderedMarkdown Result, Markdig.MarkdownPipeline Pipeline, bool Toc);
}
