using System.Globalization;
using System.Text;
using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Yaml;

namespace SalesForDevs.Scaffolding;

/// <summary>
/// <c>sfd new post</c>: checks the request against site.yml and the existing posts, then writes
/// <c>content/posts/YYYY-MM-DD-slug.md</c> (or, with --bundle, <c>content/posts/YYYY-MM-DD-slug/index.md</c>) as a draft.
/// It never overwrites a file.
/// </summary>
internal static class PostScaffolder
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <param name="siteDirectory">The site folder (with site.yml).</param>
    /// <param name="request">What the author asked for.</param>
    /// <param name="now">The post's date when the request gives none; injected so that tests never read the clock.</param>
    public static NewPostResult Create(string siteDirectory, NewPostRequest request, DateTimeOffset now)
    {
        var problems = new DiagnosticBag();
        var title = request.Title.Trim();
        if (title.Length == 0) problems.Error("new-title", "the title is empty; pass it in quotes: sfd new post \"Make the ask\"");
        var date = ResolveDate(request.Date, now, problems);
        var slug = ResolveSlug(request.Slug, title, problems);
        if (problems.HasErrors) return Fail(NewPostStatus.InvalidRequest, problems);

        var siteProblems = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteDirectory, siteProblems);
        if (config is null || siteProblems.HasErrors) return Fail(NewPostStatus.SiteErrors, siteProblems);

        var (series, section) = ResolveSeries(config, request.Series, request.Section, problems);
        if (problems.HasErrors) return Fail(NewPostStatus.InvalidRequest, problems);

        var name = $"{ContentLoader.ContentFolder}/posts/{date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{slug}";
        var relative = request.Bundle ? $"{name}/{Content.Bundles.PageBundle.IndexFile}" : name + ".md";
        var full = SitePaths.ToFileSystem(siteDirectory, relative);
        if (File.Exists(full)) return AlreadyExists(relative);
        // The same post in the other form would share its URL.
        var other = request.Bundle ? name + ".md" : $"{name}/{Content.Bundles.PageBundle.IndexFile}";
        if (File.Exists(SitePaths.ToFileSystem(siteDirectory, other))) return AlreadyExists(other);

        // Posts that fail to load are left out here; the next build reports them where they are.
        var posts = ContentLoader.Load(siteDirectory, new DiagnosticBag(), taxonomies: config.Taxonomies).Where(i => i.Kind == ContentKind.Post).ToList();
        if (posts.FirstOrDefault(p => p.Slug == slug) is { } twin)
            problems.Error("new-slug-taken", $"{twin.SourcePath} already has the slug `{slug}`, and builds_on names posts by slug; pass another --slug");
        var buildsOn = ResolveBuildsOn(request.BuildsOn, posts, date.Value, problems);
        if (problems.HasErrors) return Fail(NewPostStatus.InvalidRequest, problems);

        var text = PostSkeletonWriter.Write(new PostSkeleton(title, date.Text, slug) { Series = series, Section = section, BuildsOn = buildsOn });
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(full))
        {
            return AlreadyExists(relative);
        }
        return new NewPostResult(NewPostStatus.Created, full, []);
    }

    private static (DateTimeOffset Value, string Text) ResolveDate(string? text, DateTimeOffset now, DiagnosticBag problems)
    {
        if (text is null) return (now, FormatDateTime(now));
        if (!DateParser.TryParse(text, out var value))
        {
            problems.Error("new-date", $"--date \"{text}\" is not a valid date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (for example 2026-02-09T09:00:00Z)");
            return (now, "");
        }
        return (value, text.Trim().Length == 10 ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : FormatDateTime(value));
    }

    /// <summary>RFC 3339 to the second, keeping the offset the time was given in (Z for UTC).</summary>
    private static string FormatDateTime(DateTimeOffset value)
    {
        var time = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? time + "Z" : time + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static string ResolveSlug(string? requested, string title, DiagnosticBag problems)
    {
        if (requested is not null)
        {
            if (!Slugifier.IsValid(requested))
                problems.Error("new-slug", $"--slug \"{requested}\" must be lowercase letters, digits and single hyphens, such as \"{Slugifier.Slugify(requested)}\"");
            return requested;
        }
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0 && title.Length > 0)
            problems.Error("new-slug", $"cannot make a file name from the title \"{title}\"; pass --slug with lowercase letters, digits and hyphens");
        return slug;
    }

    /// <summary>The series and section to write. A section alone picks the one series that has it, so authors can skip --series.</summary>
    private static (string? Series, string? Section) ResolveSeries(SiteConfig config, string? seriesKey, string? section, DiagnosticBag problems)
    {
        SeriesConfig? series = null;
        if (seriesKey is not null)
        {
            series = config.FindSeries(seriesKey);
            if (series is null)
            {
                problems.Error("new-series", SeriesLinker.UnknownName("series", seriesKey, config.Series.Select(s => s.Key), Declared(config)));
                return (null, null);
            }
        }
        if (section is null)
        {
            if (series is { Sections.Count: > 0 })
                problems.Error("new-section", $"series `{series.Key}` has sections ({string.Join(", ", series.Sections)}); pass --section with one of them");
            return (series?.Key, null);
        }
        if (series is not null)
        {
            if (series.Sections.Count == 0)
                problems.Error("new-section", $"series `{series.Key}` has no sections in site.yml; leave out --section");
            else if (!series.Sections.Contains(section))
                problems.Error("new-section", SeriesLinker.UnknownName("section", section, series.Sections, $"series `{series.Key}` has {string.Join(", ", series.Sections)}"));
            return (series.Key, section);
        }

        var owners = config.Series.Where(s => s.Sections.Contains(section)).ToList();
        if (owners.Count == 1) return (owners[0].Key, section);
        if (owners.Count == 0)
            problems.Error("new-section", SeriesLinker.UnknownName("section", section, config.Series.SelectMany(s => s.Sections).Distinct(), Declared(config)));
        else
            problems.Error("new-section", $"section `{section}` is in several series ({string.Join(", ", owners.Select(s => s.Key))}); pass --series with one of them");
        return (null, section);
    }

    private static string Declared(SiteConfig config) =>
        config.Series.Count == 0 ? "site.yml declares no series"
            : "site.yml declares " + string.Join("; ", config.Series.Select(s => s.Sections.Count == 0 ? $"series `{s.Key}`" : $"series `{s.Key}` with sections {string.Join(", ", s.Sections)}"));

    /// <summary>Each name may be a slug or a post's file name (with or without .md), which is easier to tab-complete.</summary>
    private static IReadOnlyList<BuildsOnTarget> ResolveBuildsOn(IReadOnlyList<string> names, IReadOnlyList<ContentItem> posts, DateTimeOffset date, DiagnosticBag problems)
    {
        var targets = new List<BuildsOnTarget>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var stem = Path.GetFileNameWithoutExtension(name);
            var post = posts.FirstOrDefault(p => p.Slug == name) ?? posts.FirstOrDefault(p => Path.GetFileNameWithoutExtension(p.SourcePath) == stem);
            if (post is null)
            {
                var guess = KeySuggester.Closest(name, posts.Select(p => p.Slug));
                problems.Error("new-builds-on", $"--builds-on `{name}`: no post has that slug" + (guess is null ? "" : $"; did you mean `{guess}`?"));
                continue;
            }
            if (post.Date > date)
            {
                problems.Error("new-builds-on", $"--builds-on `{post.Slug}`: that post is dated {post.Date:yyyy-MM-dd}, after this one; a post can only build on earlier posts");
                continue;
            }
            if (targets.All(t => t.Slug != post.Slug))
                targets.Add(new BuildsOnTarget(post.Slug, post.Title, Path.GetFileName(post.SourcePath)));
        }
        return targets;
    }

    private static NewPostResult AlreadyExists(string relative) =>
        new(NewPostStatus.AlreadyExists, null,
            [Diagnostic.Error("new-exists", "this file already exists and was left as it was; edit it, or pick another title, --slug or --date", new SourceLocation(relative))]);

    private static NewPostResult Fail(NewPostStatus status, DiagnosticBag problems) => new(status, null, problems.Sorted());
}
