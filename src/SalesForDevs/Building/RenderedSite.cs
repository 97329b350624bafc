using SalesForDevs.Linking;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Building;

/// <summary>A site rendered in memory: every output file, and the graph it came from (serve and check reuse both).</summary>
internal sealed record RenderedSite(SiteGraph Graph, IReadOnlyList<OutputFile> Files)
{
    /// <summary>The markdown of every published post and page, rendered (sfd notify sends it).</summary>
    public IReadOnlyDictionary<PostNode, RenderedMarkdown> Content { get; init; } = new Dictionary<PostNode, RenderedMarkdown>();

    /// <summary>The theme the pages were rendered with (sfd notify renders its email layout).</summary>
    public Theme? Theme { get; init; }

    /// <summary>Resized image copies made by this build; the others came from the image cache.</summary>
    public int ImagesEncoded { get; init; }

    public int Pages => Files.Count(f => f.IsGenerated && f.Path.EndsWith(".html", StringComparison.Ordinal));
    public int Feeds => Files.Count(f => f.Path.EndsWith(FeedLinks.Rss, StringComparison.Ordinal) || f.Path.EndsWith(FeedLinks.Atom, StringComparison.Ordinal) || f.Path.EndsWith(FeedLinks.Json, StringComparison.Ordinal));
}
