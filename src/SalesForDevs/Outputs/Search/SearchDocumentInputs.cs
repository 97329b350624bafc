namespace SalesForDevs.Outputs.Search;

/// <summary>
/// What one page's entry in the search index is made from, compared by value (tags element by element). The body
/// HTML is the markdown cache's, the same instance while the page is unchanged, so comparing it is usually a reference
/// check.
/// </summary>
internal sealed record SearchDocumentInputs(string Url, string Title, string Date, string Summary, IReadOnlyList<string> Tags, string Series, Rendering.Markdown.Utf8Html Html, Languages.SearchWords Words)
{
    public bool Equals(SearchDocumentInputs? other) =>
        other is not null && Url == other.Url && Title == other.Title && Date == other.Date && Summary == other.Summary
        && Series == other.Series && Words.Equals(other.Words) && Html.Equals(other.Html) && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Url, Title);
}
