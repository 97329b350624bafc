using SalesForDevs.Content;
using SalesForDevs.Linking;

namespace SalesForDevs.Outputs.Bundles;

/// <summary>The files of published page bundles, copied beside their pages (drafts and future posts keep theirs back).</summary>
internal static class BundleFiles
{
    public static IEnumerable<OutputFile> Collect(string siteDirectory, SiteGraph graph) =>
        from node in graph.Posts.Concat(graph.Pages)
        where node.Item.Bundle is not null
        from file in node.Item.Bundle!.Files
        select OutputFile.Copy(Permalinks.OutputPathFor(BundleUrls.For(node, file)), SitePaths.ToFileSystem(siteDirectory, file));
}
