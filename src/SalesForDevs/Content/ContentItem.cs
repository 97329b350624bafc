namespace SalesForDevs.Content;

/// <summary>
/// One markdown source file after loading: its front matter, its body, and where the body starts
/// in the file, so markdown positions map back to file lines.
/// </summary>
internal sealed record ContentItem
{
    public required ContentKind Kind { get; init; }
    /// <summary>Site-relative path with forward slashes, e.g. content/posts/2026-01-05-hello.md.</summary>
    public required string SourcePath { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    public required string Body
    {
        get => _body ?? throw new InvalidOperationException($"the markdown of {SourcePath} was let go once rendered; render it before the build releases it");
        init => _body = value;
    }

    private string? _body;
    /// <summary>1-based file line of the body's first line.</summary>
    public required int BodyStartLine { get; init; }
    public required string Slug { get; init; }
    /// <summary>The post's date; pages have none unless their front matter gives one.</summary>
    public DateTimeOffset? Date { get; init; }
    /// <summary>The folder and files of a page bundle (content/posts/NAME/index.md), or null for a single file.</summary>
    public Bundles.PageBundle? Bundle { get; init; }

    /// <summary>
    /// Lets the body go once its markdown is rendered, in a build that renders it only once (sfd build): later stages
    /// read the rendered HTML, so holding every post's source to the end of the build only raised its peak memory.
    /// </summary>
    internal void ReleaseBody() => _body = null;

    /// <summary>Whether the body is still held (see <see cref="ReleaseBody"/>).</summary>
    internal bool HasBody => _body is not null;

    public string Title => FrontMatter.Title;
    public bool IsDraft => FrontMatter.Draft;
    public bool IsFutureAt(DateTimeOffset now) => Date is { } d && d > now;
}
