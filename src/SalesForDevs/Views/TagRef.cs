namespace SalesForDevs.Views;

public sealed record TagRef(string Name, string Slug, string Url, int Count);
