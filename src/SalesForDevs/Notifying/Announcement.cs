namespace SalesForDevs.Notifying;

/// <summary>
/// One published post as the hooks receive it: every URL absolute, the body as HTML and as plain text.
/// <see cref="Id"/> is the post's feed entry id, stable across title and permalink changes.
/// </summary>
internal sealed record Announcement(
    string Id,
    string Title,
    string Url,
    string Summary,
    DateTimeOffset Date,
    IReadOnlyList<string> Tags,
    AnnouncedSeries? Series,
    string Html,
    string Text)
{
    /// <summary>
    /// The same for every delivery of this post, on every run: the webhook's <c>X-SFD-Delivery</c> header and the
    /// email's Message-Id, so a receiver can tell a repeat (after a crash between sending and recording) from news.
    /// </summary>
    public string DeliveryId => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Id)))[..32];

    /// <summary>The post's file, site-relative, for messages.</summary>
    public required string SourcePath { get; init; }
    public required string SiteTitle { get; init; }
    public required string SiteUrl { get; init; }
    /// <summary>The email's HTML part (the theme's <c>email</c> layout), or "" when no email is sent.</summary>
    public string EmailHtml { get; init; } = "";
    /// <summary>The email's plain-text part, or "" when no email is sent.</summary>
    public string EmailText { get; init; } = "";
}
