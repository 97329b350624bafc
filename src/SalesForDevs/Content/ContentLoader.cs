using System.Collections.Concurrent;
using SalesForDevs.Diagnostics;
using SalesForDevs.Content.Bundles;
using SalesForDevs.Files;

namespace SalesForDevs.Content;

/// <summary>
/// Reads every markdown file under <c>content/posts</c> and <c>content/pages</c> in parallel.
/// Drafts and future posts are loaded too: later stages need them to tell a promise from a dead link.
/// </summary>
internal static class ContentLoader
{
    public const string ContentFolder = "content";

    /// <summary>Parses each file afresh: what a build does when nothing is kept between builds.</summary>
    public static IContentParser Fresh { get; } = new FreshParser();

    /// <param name="parser">Parses each file; <see cref="Fresh"/> unless the caller keeps parses between builds (sfd serve).</param>
    /// <param name="taxonomies">The taxonomies site.yml declares: their keys are front matter keys too.</param>
    public static IReadOnlyList<ContentItem> Load(string siteDirectory, DiagnosticBag diagnostics, IContentParser? parser = null,
        IReadOnlyList<Configuration.TaxonomyConfig>? taxonomies = null)
    {
        parser ??= Fresh;
        var listing = parser.List(() => List(siteDirectory, diagnostics));
        ContentItem? LoadOne(ContentFile file)
        {
            var item = parser.Load(file.FullPath, file.SitePath, file.Kind, diagnostics);
            if (item is not null) item = TaxonomyTerms.Resolve(item, taxonomies ?? [], diagnostics);
            return item is not null && listing.Bundles.TryGetValue(file.SitePath, out var bundle) ? item with { Bundle = bundle } : item;
        }
        return parser.LoadAll(listing, diagnostics, () =>
        {
            var items = new ContentItem?[listing.Files.Count];
            Parallel.For(0, items.Length, i => items[i] = LoadOne(listing.Files[i]));
            return items.OfType<ContentItem>().OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
        }, LoadOne);
    }

    /// <summary>Walks content/posts and content/pages for their markdown files and page bundles.</summary>
    public static ContentListing List(string siteDirectory, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        var bundles = new Dictionary<string, PageBundle>(StringComparer.Ordinal);
        AddFiles(files, bundles, siteDirectory, "posts", ContentKind.Post, diagnostics);
        AddFiles(files, bundles, siteDirectory, "pages", ContentKind.Page, diagnostics);
        return new ContentListing(files, bundles);
    }

    private sealed class FreshParser : IContentParser
    {
        public ContentListing List(Func<ContentListing> walk) => walk();

        public ContentItem? Load(string fullPath, string path, ContentKind kind, DiagnosticBag diagnostics) =>
            ContentFileReader.Read(fullPath, path, kind, diagnostics);
    }

    /// <summary>Lists a content folder: its markdown files, and the files of its page bundles (same link rules as all content).</summary>
    private static void AddFiles(List<ContentFile> files, Dictionary<string, PageBundle> bundles, string siteDirectory, string name,
        ContentKind kind, DiagnosticBag diagnostics)
    {
        var all = SiteFileWalker.Files(siteDirectory, Path.Combine(siteDirectory, ContentFolder, name), diagnostics);
        var (markdown, found) = BundleFinder.Find(all.Select(SitePaths.FromFileSystem(siteDirectory)), $"{ContentFolder}/{name}");
        foreach (var file in markdown) files.Add(new ContentFile(SitePaths.ToFileSystem(siteDirectory, file), file, kind));
        foreach (var (index, bundle) in found) bundles[index] = bundle;
    }

    /// <summary>Parses one file's text; <paramref name="path"/> is site-relative and names the file in diagnostics.</summary>
    public static ContentItem? Parse(string text, string path, ContentKind kind, DiagnosticBag diagnostics) =>
        ParseSplit(FrontMatterSplitter.Split(text), path, kind, diagnostics);

    [ThreadStatic] private static DiagnosticBag? t_local;

    /// <summary>Parses a file already split into its front matter and body.</summary>
    public static ContentItem? ParseSplit(SplitSource split, string path, ContentKind kind, DiagnosticBag diagnostics)
    {
        if (split.Error is not null)
        {
            diagnostics.Error("front-matter", split.Error, new SourceLocation(path, 1, 1));
            return null;
        }
        if (split.FrontMatter is null)
        {
            diagnostics.Error("front-matter",
                "the file has no front matter; start it with a line ---, then at least `title:` (and `date:` for a post), then a line ---",
                new SourceLocation(path, 1, 1));
            return null;
        }

        // The file's own messages, sorted, go to the build's bag; one bag per thread serves file after file.
        var local = t_local ??= new DiagnosticBag();
        local.Clear();
        var frontMatter = FrontMatterReader.Read(split.FrontMatter, path, split.FrontMatterStartLine, local);
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        var failed = local.HasErrors;
        local.Clear();
        if (frontMatter is null || failed) return null;

        // A bundle's index.md takes its date and slug from its folder's name.
        var isBundle = PageBundle.IsIndex(path, kind == ContentKind.Post ? $"{ContentFolder}/posts" : $"{ContentFolder}/pages");
        var (fileDate, fileSlug) = isBundle ? FileNameParser.ParseStem(Path.GetFileName(SitePaths.Folder(path))) : FileNameParser.Parse(path);
        var date = frontMatter.Date ?? fileDate;
        var ok = true;
        if (string.IsNullOrWhiteSpace(frontMatter.Title))
        {
            diagnostics.Error("missing-title", "front matter has no `title:`; every post and page needs one", new SourceLocation(path, split.FrontMatterStartLine, 1));
            ok = false;
        }
        if (kind == ContentKind.Post && date is null)
        {
            diagnostics.Error("missing-date",
                "front matter has no `date:` and the file name carries none; add `date: YYYY-MM-DD` or name the file YYYY-MM-DD-slug.md",
                new SourceLocation(path, split.FrontMatterStartLine, 1));
            ok = false;
        }
        var slug = frontMatter.Slug ?? fileSlug;
        if (slug.Length == 0)
        {
            diagnostics.Error("missing-slug", "cannot make a URL slug from this file name; add `slug:` to the front matter", new SourceLocation(path, 1, 1));
            ok = false;
        }
        if (!ok) return null;

        return new ContentItem
        {
            Kind = kind,
            SourcePath = path,
            FrontMatter = frontMatter,
            Body = split.Body,
            BodyStartLine = split.BodyStartLine,
            Slug = slug,
            Date = date,
        };
    }
}
