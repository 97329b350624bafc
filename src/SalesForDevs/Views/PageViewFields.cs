namespace SalesForDevs.Views;

/// <summary>
/// The fields of every kind of page, and the value each shows on a page that does not have it. Themes may read any
/// page field on any page (the README promises it): a shared partial reads <c>page.slug</c> or <c>page.params</c> on a
/// tag page too, and gets "" or empty params, as when every page had one shape. A name no kind has stays an error.
/// Declared rather than found by reflection (<see cref="ViewMembers"/> says why); a test checks each list against the
/// records' properties and each empty value against the field's type.
/// </summary>
internal static class PageViewFields
{
    // What every kind of page has: PageView's own fields.
    private static readonly ViewMember[] Shared = ViewMember.Of<PageView>(
        ("Kind", v => v.Kind, ""), ("Title", v => v.Title, ""), ("Description", v => v.Description, ""), ("Url", v => v.Url, ""),
        ("Permalink", v => v.Permalink, ""), ("Image", v => v.Image, ""), ("ImageAlt", v => v.ImageAlt, ""), ("JsonLd", v => v.JsonLd, ""),
        ("Feeds", v => v.Feeds, Array.Empty<LinkRef>()));

    // Each kind's own fields in declaration order, each with the value it reads as on a page without it: "" for text,
    // an empty list or params, 0 or false, null for a link or a date; a field may name its own (comments: "none").
    private static readonly Dictionary<Type, ViewMember[]> OwnByKind = new()
    {
        [typeof(ContentPageView)] = ViewMember.Of<ContentPageView>(("Content", v => v.Content, ""), ("Toc", v => v.Toc, ""),
            ("Slug", v => v.Slug, ""), ("Date", v => v.Date, null), ("DateIso", v => v.DateIso, ""),
            ("DateDisplay", v => v.DateDisplay, ""), ("Updated", v => v.Updated, null),
            ("UpdatedIso", v => v.UpdatedIso, ""), ("UpdatedDisplay", v => v.UpdatedDisplay, ""),
            ("Summary", v => v.Summary, ""), ("Tags", v => v.Tags, Array.Empty<TagRef>()),
            ("Taxonomies", v => v.Taxonomies, Array.Empty<TaxonomyView>()),
            ("Authors", v => v.Authors, Array.Empty<AuthorRef>()), ("ReadingMinutes", v => v.ReadingMinutes, 0),
            ("WordCount", v => v.WordCount, 0), ("Series", v => v.Series, null),
            ("BuildsOn", v => v.BuildsOn, Array.Empty<PostRef>()),
            ("PracticedIn", v => v.PracticedIn, Array.Empty<PostRef>()),
            ("PromisedIn", v => v.PromisedIn, Array.Empty<PostRef>()), ("Related", v => v.Related, Array.Empty<PostRef>()),
            ("Comments", v => v.Comments, "none"), ("Newer", v => v.Newer, null), ("Older", v => v.Older, null),
            ("IsDraft", v => v.IsDraft, false), ("Params", v => v.Params, Yaml.YamlParams.Empty)),
        [typeof(HomePageView)] = ViewMember.Of<HomePageView>(("Posts", v => v.Posts, Array.Empty<PostRef>())),
        [typeof(ArchivePageView)] = ViewMember.Of<ArchivePageView>(("Years", v => v.Years, Array.Empty<YearGroupView>())),
        [typeof(TagsPageView)] = ViewMember.Of<TagsPageView>(("AllTags", v => v.AllTags, Array.Empty<TagRef>())),
        [typeof(TagPageView)] = ViewMember.Of<TagPageView>(("Posts", v => v.Posts, Array.Empty<PostRef>()),
            ("OwnFeeds", v => v.OwnFeeds, Array.Empty<LinkRef>())),
        [typeof(SeriesPageView)] = ViewMember.Of<SeriesPageView>(("SeriesOverview", v => v.SeriesOverview, null),
            ("Posts", v => v.Posts, Array.Empty<PostRef>()), ("OwnFeeds", v => v.OwnFeeds, Array.Empty<LinkRef>())),
        [typeof(SearchPageView)] = [],
        [typeof(NotFoundPageView)] = [],
        [typeof(TaxonomyPageView)] = ViewMember.Of<TaxonomyPageView>(("Taxonomy", v => v.Taxonomy, null),
            ("Authors", v => v.Authors, Array.Empty<AuthorRef>())),
        [typeof(TermPageView)] = ViewMember.Of<TermPageView>(("Posts", v => v.Posts, Array.Empty<PostRef>()),
            ("OwnFeeds", v => v.OwnFeeds, Array.Empty<LinkRef>()), ("Taxonomy", v => v.Taxonomy, null),
            ("Term", v => v.Term, null), ("Author", v => v.Author, null)),
    };

    /// <summary>Every field of any kind of page, in declaration order: the shared ones first, then each kind's, each once.</summary>
    public static readonly IReadOnlyList<ViewMember> All = [.. Shared.Concat(PageView.Kinds.SelectMany(kind => OwnByKind[kind])).DistinctBy(m => m.Name)];

    // A kind's fields as Scriban's reflection lists them (its own, then its base's), and the fields it lacks.
    private static readonly Dictionary<Type, ViewMember[]> Fields = PageView.Kinds.ToDictionary(kind => kind, kind => (ViewMember[])[.. OwnByKind[kind], .. Shared]);
    private static readonly Dictionary<Type, IReadOnlyList<ViewMember>> MissingByKind = PageView.Kinds.ToDictionary(kind => kind, MissingOf);

    /// <summary>The fields of a kind of page, its own first; null for a type that is not one.</summary>
    public static IReadOnlyList<ViewMember>? Own(Type kind) => Fields.GetValueOrDefault(kind);

    /// <summary>The fields a page of this kind lacks, each with the value it reads as there (<see cref="ViewMember.Empty"/>).</summary>
    public static IReadOnlyList<ViewMember> Missing(Type kind) =>
        MissingByKind.TryGetValue(kind, out var missing) ? missing : throw new ArgumentException($"{kind} is not a kind of page view", nameof(kind));

    private static IReadOnlyList<ViewMember> MissingOf(Type kind)
    {
        var own = Fields[kind].Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(m => !own.Contains(m.Name))];
    }
}
