namespace SalesForDevs.Views;

/// <summary>
/// The members of every view record that templates read, declared so that no build asks reflection for them. In the
/// native sfd the first reflection on a type maps its metadata into fresh memory, and Scriban did it in every template
/// context (one per rendering thread) for each view type a page reached; its reads then went through reflection's
/// invoke too. A property added to a record is added here: a test compares each list with what Scriban's reflection
/// finds on the record (names, order and values), so one left out fails it.
/// </summary>
internal static class ViewMembers
{
    private static readonly Dictionary<Type, ViewMember[]> Records = new()
    {
        [typeof(SiteView)] = ViewMember.Of<SiteView>(("Title", v => v.Title), ("Description", v => v.Description),
            ("Url", v => v.Url), ("BaseUrl", v => v.BaseUrl), ("Language", v => v.Language),
            ("AuthorName", v => v.AuthorName), ("AuthorEmail", v => v.AuthorEmail), ("Menu", v => v.Menu),
            ("Feeds", v => v.Feeds), ("RssUrl", v => v.RssUrl), ("SubscribeRss", v => v.SubscribeRss),
            ("FeedsFullContent", v => v.FeedsFullContent), ("SubscribeEmail", v => v.SubscribeEmail),
            ("SubscribeUrl", v => v.SubscribeUrl), ("Series", v => v.Series), ("SeriesStarts", v => v.SeriesStarts),
            ("Tags", v => v.Tags), ("Taxonomies", v => v.Taxonomies), ("Authors", v => v.Authors),
            ("AuthorsUrl", v => v.AuthorsUrl), ("RecentPosts", v => v.RecentPosts), ("Comments", v => v.Comments),
            ("Generator", v => v.Generator), ("ArchiveUrl", v => v.ArchiveUrl), ("TagsUrl", v => v.TagsUrl),
            ("SearchUrl", v => v.SearchUrl), ("SearchIndexUrl", v => v.SearchIndexUrl), ("Params", v => v.Params)),
        [typeof(PostRef)] = ViewMember.Of<PostRef>(("Title", v => v.Title), ("Url", v => v.Url),
            // sfd serve notes which summaries a page shows: an edited excerpt re-renders only those pages.
            ("Summary", v => { ViewReads.SummaryShown(v.Node); return v.Summary; }), ("Date", v => v.Date), ("DateIso", v => v.DateIso),
            ("DateDisplay", v => v.DateDisplay), ("ComingSoon", v => v.ComingSoon), ("SeriesLabel", v => v.SeriesLabel),
            ("Authors", v => v.Authors)),
        [typeof(LinkRef)] = ViewMember.Of<LinkRef>(("Title", v => v.Title), ("Url", v => v.Url), ("Type", v => v.Type),
            ("Absolute", v => v.Absolute)),
        [typeof(TagRef)] = ViewMember.Of<TagRef>(("Name", v => v.Name), ("Slug", v => v.Slug), ("Url", v => v.Url),
            ("Count", v => { ViewReads.CountShown(); return v.Count; })),
        [typeof(AuthorRef)] = ViewMember.Of<AuthorRef>(("Key", v => v.Key), ("Name", v => v.Name), ("Url", v => v.Url),
            ("Website", v => v.Website), ("Bio", v => v.Bio), ("Avatar", v => v.Avatar), ("Count", v => v.Count)),
        [typeof(TaxonomyView)] = ViewMember.Of<TaxonomyView>(("Key", v => v.Key), ("Title", v => v.Title),
            ("Singular", v => v.Singular), ("Url", v => v.Url), ("Terms", v => v.Terms)),
        [typeof(PaginatorView)] = ViewMember.Of<PaginatorView>(("Page", v => v.Page), ("TotalPages", v => v.TotalPages),
            ("TotalPosts", v => v.TotalPosts), ("Posts", v => v.Posts), ("PreviousUrl", v => v.PreviousUrl),
            ("NextUrl", v => v.NextUrl), ("FirstUrl", v => v.FirstUrl), ("LastUrl", v => v.LastUrl)),
        [typeof(YearGroupView)] = ViewMember.Of<YearGroupView>(("Year", v => v.Year), ("Posts", v => v.Posts)),
        [typeof(SeriesPlaceView)] = ViewMember.Of<SeriesPlaceView>(("Title", v => v.Title), ("Url", v => v.Url),
            ("Section", v => v.Section), ("SectionTitle", v => v.SectionTitle), ("Part", v => v.Part),
            ("Of", v => v.Of), ("PartInSection", v => v.PartInSection), ("OfInSection", v => v.OfInSection),
            ("Label", v => v.Label), ("Previous", v => v.Previous), ("Next", v => v.Next)),
        [typeof(SeriesOverviewView)] = ViewMember.Of<SeriesOverviewView>(("Key", v => v.Key), ("Title", v => v.Title),
            ("Description", v => v.Description), ("Url", v => v.Url), ("Sections", v => v.Sections),
            ("Published", v => v.Published), ("Upcoming", v => v.Upcoming)),
        [typeof(SeriesSectionView)] = ViewMember.Of<SeriesSectionView>(("Name", v => v.Name), ("Title", v => v.Title),
            ("Posts", v => v.Posts)),
        [typeof(SeriesEntryView)] = ViewMember.Of<SeriesEntryView>(("Post", v => v.Post), ("Part", v => v.Part),
            ("BuildsOn", v => v.BuildsOn), ("PracticedIn", v => v.PracticedIn)),
        [typeof(SeriesStartView)] = ViewMember.Of<SeriesStartView>(("Title", v => v.Title), ("Url", v => v.Url),
            ("Description", v => v.Description), ("First", v => v.First), ("Published", v => v.Published)),
        [typeof(CommentsView)] = ViewMember.Of<CommentsView>(("Provider", v => v.Provider), ("Repo", v => v.Repo),
            ("RepoId", v => v.RepoId), ("Category", v => v.Category), ("CategoryId", v => v.CategoryId),
            ("Mapping", v => v.Mapping), ("Theme", v => v.Theme), ("IssueTerm", v => v.IssueTerm)),
        [typeof(EmailFormView)] = ViewMember.Of<EmailFormView>(("Provider", v => v.Provider), ("Action", v => v.Action),
            ("Method", v => v.Method), ("EmailField", v => v.EmailField), ("NameField", v => v.NameField),
            ("Hidden", v => v.Hidden), ("Honeypot", v => v.Honeypot), ("Sends", v => v.Sends)),
    };

    /// <summary>Every view record with declared members: the kinds of page (<see cref="PageViewFields"/>) and the records they hold.</summary>
    public static IEnumerable<Type> Types => PageView.Kinds.Concat(Records.Keys);

    /// <summary>The declared members of <paramref name="type"/>, in the order Scriban's reflection lists them; null for a type that has none.</summary>
    public static IReadOnlyList<ViewMember>? For(Type type) => Records.GetValueOrDefault(type) ?? PageViewFields.Own(type);
}
