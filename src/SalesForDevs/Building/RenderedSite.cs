using SalesForDevs.Linking;
using SalesForDevs.Outputs;

namespace SalesForDevs.Building;

/// <summary>A site rendered in memory: every output file, and the graph it came from (serve and check reuse both).</summary>
public sealed record RenderedSite(SiteGraph Graph, IReadOnlyList<OutputFile> Files)
{
    public int Pages => Files.Count(f => f.Text is not null && f.Path.EndsWith(".html", StringComparison.Ordinal));
    public int Feeds => Files.Count(f => f.Path.EndsWith(FeedLinks.Rss, StringComparison.Ordinal) || f.Path.EndsWith(FeedLinks.Atom, StringComparison.Ordinal) || f.Path.EndsWith(FeedLinks.Json, StringComparison.Ordinal));
}
