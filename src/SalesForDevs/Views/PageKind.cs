namespace SalesForDevs.Views;

/// <summary>The kinds of page a site has. Templates see each as the string in <c>page.kind</c> (<see cref="PageKinds.Name"/>).</summary>
internal enum PageKind
{
    Post,
    Page,
    Home,
    Archive,
    Tags,
    Tag,
    Taxonomy,
    Term,
    Authors,
    Author,
    Series,
    Search,
    NotFound,
}

/// <summary>The names themes compare <c>page.kind</c> with; documented in the README, so they never change.</summary>
internal static class PageKinds
{
    public static string Name(PageKind kind) => kind switch
    {
        PageKind.Post => "post",
        PageKind.Page => "page",
        PageKind.Home => "home",
        PageKind.Archive => "archive",
        PageKind.Tags => "tags",
        PageKind.Tag => "tag",
        PageKind.Taxonomy => "taxonomy",
        PageKind.Term => "term",
        PageKind.Authors => "authors",
        PageKind.Author => "author",
        PageKind.Series => "series",
        PageKind.Search => "search",
        PageKind.NotFound => "404",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
