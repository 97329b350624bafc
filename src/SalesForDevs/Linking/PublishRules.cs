namespace SalesForDevs.Linking;

/// <summary>What a build publishes: posts dated up to <paramref name="Now"/>, and drafts or future posts only when asked (a preview).</summary>
internal sealed record PublishRules(DateTimeOffset Now, bool IncludeDrafts = false, bool IncludeFuture = false)
{
    public PublishState StateOf(Content.ContentItem item) =>
        item.IsDraft && !IncludeDrafts ? PublishState.Draft
        : item.IsFutureAt(Now) && !IncludeFuture ? PublishState.Future
        : PublishState.Published;

    /// <summary>Published only because the build asked for drafts or future posts: pages show it, feeds and announcements do not.</summary>
    public bool IsPreview(Content.ContentItem item) => item.IsDraft || item.IsFutureAt(Now);
}
