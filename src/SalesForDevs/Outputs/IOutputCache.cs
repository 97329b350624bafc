using SalesForDevs.Linking;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>
/// The outputs stage's costly steps: rendering a page through its layout, making a feed entry's URLs absolute, and
/// writing the files made from many pages (feeds, the search index, the sitemap). A build does each one
/// (<see cref="SiteOutputs.Fresh"/>); sfd serve passes a cache that keeps results whose inputs did not change.
/// </summary>
internal interface IOutputCache
{
    /// <summary>Called before any page: the theme, the shared <c>site</c> data that every page of this build sees, the language's strings, and the views of the graph's nodes.</summary>
    void StartPages(Theme theme, SiteView site, Languages.Translations strings, ViewFactory views);

    /// <summary>
    /// The HTML of the page at <paramref name="path"/>: <paramref name="render"/>'s result for the page's <paramref name="data"/>,
    /// or the same result kept from an earlier build with the same inputs.
    /// </summary>
    /// <param name="node">The post or page the page shows, or null for a list (home, archive, tags, series, 404).</param>
    string? Page(string path, string layout, PostNode? node, Func<PageData> data, Func<PageData, string?> render);

    /// <summary>
    /// Whether <see cref="Page"/> keeps pages between builds. When it does not, a page may be rendered straight into
    /// its file's bytes without <see cref="Page"/> (a first build).
    /// </summary>
    bool KeepsPages => true;

    /// <summary><paramref name="html"/> with every URL made absolute against <paramref name="pageUrl"/>, for feeds.</summary>
    string AbsoluteHtml(Rendering.Markdown.Utf8Html html, Uri pageUrl);

    /// <summary>
    /// <paramref name="make"/>'s result, or the result kept under <paramref name="slot"/> by an earlier build whose
    /// <paramref name="inputs"/> were equal. The inputs must hold everything the result is made from.
    /// </summary>
    /// <param name="slot">Names one output (or part of one) uniquely within a build, such as its path.</param>
    T Reuse<TInputs, T>(string slot, TInputs inputs, Func<T> make) where TInputs : IEquatable<TInputs> where T : class;

    /// <summary>
    /// Like <c>Reuse</c>, for an output made from the graph and, when <paramref name="node"/> is given, that one
    /// post's rendered markdown: when the graph is the last build's (nothing but post bodies changed since) and the
    /// node's markdown is the same, the kept result comes back without <paramref name="inputs"/> being made at all.
    /// </summary>
    T ReuseFor<TInputs, T>(string slot, PostNode? node, Func<TInputs> inputs, Func<TInputs, T> make) where TInputs : IEquatable<TInputs> where T : class;

    /// <summary>
    /// The parts of a file made of one part per node (the search index's documents), in the nodes' order: each
    /// <paramref name="make"/>'s result for that node's <paramref name="inputs"/>, or the part kept by an earlier build
    /// for the same node with equal inputs. When the graph is the last build's (nothing but post bodies changed since),
    /// only the nodes whose markdown changed are looked at. Both functions may run in parallel.
    /// </summary>
    IReadOnlyList<T> ReuseEach<TInputs, T>(string slot, IReadOnlyList<PostNode> nodes, Func<PostNode, TInputs> inputs, Func<TInputs, T> make)
        where TInputs : IEquatable<TInputs> where T : class;
}
