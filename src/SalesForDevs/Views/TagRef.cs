namespace SalesForDevs.Views;

internal sealed record TagRef(string Name, string Slug, string Url, int Count);
