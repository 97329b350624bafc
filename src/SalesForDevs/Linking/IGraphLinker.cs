using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Links the content into the site's graph (<see cref="SiteLinker.Link"/>). A build links every time; sfd serve passes a
/// <see cref="GraphCache"/> that keeps the last graph while nothing linking reads has changed.
/// </summary>
internal interface IGraphLinker
{
    /// <summary>The graph of <paramref name="items"/>; the diagnostics linking reports go to <paramref name="diagnostics"/>, also when a kept graph is used.</summary>
    SiteGraph Link(Configuration.SiteConfig config, IReadOnlyList<ContentItem> items, PublishRules rules, DiagnosticBag diagnostics);
}
