namespace SalesForDevs.Outputs.Feeds;

/// <summary>
/// An author of a feed entry: <see cref="Url"/> is their own site, else their page on this site; <see cref="Avatar"/> an
/// absolute URL or "". Emails are never published per entry (RSS's &lt;author&gt; would need one): RSS names authors in dc:creator.
/// </summary>
internal sealed record FeedAuthor(string Name, string Url, string Avatar);
