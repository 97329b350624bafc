using SalesForDevs.Content;
using SalesForDevs.Outputs;
using SalesForDevs.Rendering.Markdown;

namespace SalesForDevs.Building;

/// <summary>
/// What a build may keep between runs in one process (sfd serve's <see cref="BuildCache"/>), passed once to
/// <see cref="SiteBuilder.Render"/>: each stage sees only its own part, and a plain build keeps nothing.
/// </summary>
internal interface IBuildCache : IContentParser, Linking.IGraphLinker, Rendering.Templates.IThemeLoader, IBodyRenderer, IOutputCache
{
    void BuildStarted();

    /// <summary>
    /// A build completed with this cache before: its rendered bodies are kept, so a later build renders only edited
    /// ones and a pass that gets code highlighting ready for every body ahead of rendering would only cost time.
    /// </summary>
    bool KeepsRenderedBodies => false;

    /// <param name="complete">Every stage ran, so whatever the build did not use belongs to files no longer in the site.</param>
    void BuildFinished(bool complete);
}
