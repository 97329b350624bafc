namespace SalesForDevs.Views;

/// <summary>A link to a post as lists and series boxes show it. Templates see snake_case names: title, url, summary, date_display.</summary>
internal sealed record PostRef(string Title, string Url, string Summary, DateTime? Date, string DateIso, string DateDisplay, bool ComingSoon = false)
{
    /// <summary>"Strategy · part 2" style label when the post is in a series, else empty.</summary>
    public string SeriesLabel { get; init; } = "";
    /// <summary>Its authors, for a byline in lists; empty when site.yml has no <c>authors:</c>.</summary>
    public IReadOnlyList<AuthorRef> Authors { get; init; } = [];

    /// <summary>The post linked, for noting which summaries a page's templates read (<see cref="ViewReads"/>); never shown to themes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal Linking.PostNode? Node { get; init; }
}
