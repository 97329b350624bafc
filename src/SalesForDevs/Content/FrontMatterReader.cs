using SalesForDevs.Diagnostics;
using SalesForDevs.Yaml;

namespace SalesForDevs.Content;

/// <summary>Reads a front matter block into <see cref="FrontMatter"/>, reporting every problem at its line and column.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(yaml, path, firstLine - 1, diagnostics);
        if (root is null) return new FrontMatter();
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error("bad-front-matter", "front matter must be a list of `key: value` lines", new SourceLocation(path, root.Line, root.Column));
            return null;
        }

        var r = new YamlMappingReader(mapping, path, diagnostics);
        var frontMatter = new FrontMatter
        {
            Title = r.String("title") ?? "",
            Date = ReadDate(r, "date"),
            Updated = ReadDate(r, "updated"),
            Slug = ReadSlug(r),
            Summary = r.String("summary"),
            Tags = Terms(r.StringList("tags")),
            Series = r.String("series"),
            SeriesAt = At(r, "series"),
            Section = r.String("section"),
            SectionAt = At(r, "section"),
            BuildsOn = Located(r, r.StringList("builds_on")),
            Draft = r.Bool("draft") ?? false,
            Comments = ReadComments(r),
            Layout = r.String("layout"),
            Image = r.String("image"),
            ImageAlt = r.String("image_alt"),
            Toc = r.Bool("toc"),
            Aliases = AliasReader.Read(r),
            Id = ReadId(r),
            Params = YamlParams.Read(r),
            Authors = ReadAuthors(r),
            // Other keys may be taxonomies of site.yml, which this stage's caller knows: TaxonomyTerms checks them.
            // Last, once every key above was asked for.
            OtherKeys = r.UnknownEntries(),
        };
        return frontMatter;
    }

    /// <summary>The distinct trimmed values that are not empty, in order (tags, a taxonomy's terms).</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<YamlScalar>? values)
    {
        if (values is null || values.Count == 0) return [];
        var terms = new List<string>(values.Count);
        // A few values are compared in the list; a set would cost more than the list itself.
        var seen = values.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var value in values)
        {
            var term = value.Value.Trim();
            if (term.Length > 0 && (seen?.Add(term) ?? !terms.Contains(term))) terms.Add(term);
        }
        return terms;
    }

    private static IReadOnlyList<Located<string>> Located(YamlMappingReader r, IReadOnlyList<YamlScalar>? values)
    {
        if (values is null || values.Count == 0) return [];
        var list = new List<Located<string>>(values.Count);
        foreach (var value in values) list.Add(new Located<string>(value.Value, r.At(value)));
        return list;
    }

    /// <summary>Every key read above, for "did you mean" once the taxonomies are known.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "date", "updated", "slug", "summary", "tags", "series", "section", "builds_on", "draft", "comments", "layout",
        "image", "image_alt", "toc", "aliases", "id", "params", "author", "authors",
    ];

    /// <summary><c>author: KEY</c> or <c>authors: [K1, K2]</c>; giving both is an error, since one would silently win.</summary>
    private static IReadOnlyList<Located<string>> ReadAuthors(YamlMappingReader r)
    {
        var one = r.Node("author");
        var many = r.Node("authors");
        if (one is not null && many is not null)
        {
            r.Error(many, "give either `author: KEY` or `authors: [KEY, KEY]`, not both");
            return [];
        }
        if (one is not null && one is not YamlScalar)
        {
            r.Error(one, "`author` is one key of `authors` in site.yml, such as `author: ada`; for several, write `authors: [ada, grace]`");
            return [];
        }
        if (one is null && many is null) return [];
        var list = r.StringList(one is not null ? "author" : "authors") ?? [];
        return list.Select(s => new Located<string>(s.Value.Trim(), r.At(s))).Where(a => a.Value.Length > 0)
            .DistinctBy(a => a.Value, StringComparer.Ordinal).ToList();
    }

    private static SourceLocation? At(YamlMappingReader r, string key) =>
        r.Mapping.Find(key) is { } entry ? r.At(entry.Value) : null;

    private static DateTimeOffset? ReadDate(YamlMappingReader r, string key)
    {
        var node = r.Node(key);
        var text = r.String(key);
        if (node is null || text is null) return null;
        if (DateParser.TryParse(text, out var date)) return date;
        r.Error(node, $"{key} \"{text}\" is not a valid date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (for example 2026-01-12T09:00:00Z)");
        return null;
    }

    private static Located<string>? ReadId(YamlMappingReader r)
    {
        var node = r.Node("id");
        var id = r.String("id")?.Trim();
        if (node is null || id is null) return null;
        if (id.Length > 0 && !id.Any(char.IsWhiteSpace)) return new Located<string>(id, r.At(node));
        r.Error(node, $"id \"{id}\" must be one word: the slug the post was first published with, or a URI such as urn:uuid:…");
        return null;
    }

    private static string? ReadSlug(YamlMappingReader r)
    {
        var node = r.Node("slug");
        var slug = r.String("slug");
        if (node is null || slug is null) return null;
        if (Slugifier.IsValid(slug)) return slug;
        r.Error(node, $"slug \"{slug}\" must be lowercase letters, digits and single hyphens, such as \"{Slugifier.Slugify(slug)}\"");
        return null;
    }

    private static string? ReadComments(YamlMappingReader r)
    {
        var node = r.Node("comments");
        if (node is null) return null;
        if (node is YamlScalar { Quoted: false, Value: "true" or "false" } b) return b.Value == "true" ? "open" : "closed";
        var value = r.String("comments");
        if (value is "open" or "closed") return value;
        r.Error(node, $"comments must be open or closed, not \"{value}\"");
        return null;
    }
}
