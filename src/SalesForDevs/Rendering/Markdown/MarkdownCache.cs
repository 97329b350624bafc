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

    /// <summary>Bodies served from the cache since the last <see cref="StartBuild"/>.</summary>
    public int Hits => _entries.Hits;

    /// <summary>Bodies rendered since the last <see cref="StartBuild"/>.</summary>
    public int Misses => _entries.Misses;

    public void StartBuild() => _entries.StartBuild();

    /// <summary>Like <see cref="MarkdownRenderer.Render"/>, but returns the remembered result when nothing it depends on changed.</summary>
    public RenderedMarkdown Render(string body, string sourcePath, int bodyStartLine, ILinkResolver links, DiagnosticBag diagnostics, Markdig.MarkdownPipeline? pipeline = null)
    {
        pipeline ??= MarkdownPipelineFactory.Pipeline;
        if (_entries.TryGet(sourcePath, out var entry) && entry.BodyStartLine == bodyStartLine && entry.Pipeline == pipeline
            && string.Equals(entry.Body, body, StringComparison.Ordinal) && entry.Links.StillHolds(links))
        {
            _entries.CountHit();
            return entry.Result;
        }

        _entries.CountMiss();
        var recorder = new RecordingLinkResolver(links);
        var local = new DiagnosticBag();
        var result = MarkdownRenderer.Render(body, sourcePath, bodyStartLine, recorder, local, pipeline);
        var reported = local.Sorted();
        foreach (var d in reported) diagnostics.Add(d);
        if (reported.Count == 0) _entries.Set(sourcePath, new Entry(body, bodyStartLine, recorder, result, pipeline));
        else _entries.Remove(sourcePath);
        return result;
    }

    /// <summary>Drops the entries of bodies the build did not ask for (deleted posts, drafts), so they do not stay in memory.</summary>
    public void FinishBuild() => _entries.FinishBuild();

    private sealed record Entry(string Body, int BodyStartLine, RecordingLinkResolver Links, RenderedMarkdown Result, Markdig.MarkdownPipeline Pipeline);
}
