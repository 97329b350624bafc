using System.Text.RegularExpressions;
using SalesForDevs.Yaml;

namespace SalesForDevs.Configuration;

/// <summary>
/// Reads <c>authors:</c> in site.yml (key -> name, url, bio, avatar, email) and the site-wide <c>author</c>, which is either
/// the old <c>{ name, email }</c> mapping or the key of one of the authors: the author of every post that names none.
/// </summary>
internal static partial class AuthorsConfigReader
{
    public static IReadOnlyList<AuthorProfile> ReadAuthors(YamlMappingReader r)
    {
        var node = r.Node("authors");
        if (node is null) return [];
        var a = r.Child("authors");
        if (a is null) return [];
        var authors = new List<AuthorProfile>();
        foreach (var entry in a.Mapping.Entries)
        {
            var key = entry.Key.Value;
            a.Node(key);
            if (!KeyPattern().IsMatch(key))
            {
                a.Error(entry.Key, $"author key `{key}` must be lowercase letters, digits, - and _ (it is the folder of the author's page), such as ada or ada-lovelace");
                continue;
            }
            if (entry.Value is not YamlMapping m)
            {
                a.Error(entry.Value, $"author `{key}` must be a mapping such as {{ name: Ada Lovelace, url: https://ada.example, bio: ..., avatar: /images/ada.jpg }}");
                continue;
            }
            var one = new YamlMappingReader(m, SiteConfigLoader.FileName, a.Diagnostics, a.Qualify(key));
            var profile = new AuthorProfile(key,
                one.RequiredString("name") ?? key,
                Absolute(one, "url") ?? "",
                one.String("bio") ?? "",
                one.String("avatar") ?? "",
                one.String("email") ?? "");
            one.ReportUnknownKeys();
            authors.Add(profile);
        }
        return authors;
    }

    /// <summary>
    /// The site-wide author. <c>author: KEY</c> names one of <paramref name="authors"/> and makes it the default author of
    /// posts; the <c>{ name, email }</c> form (or the older <c>author_name</c>) names a default author with no page.
    /// </summary>
    public static (AuthorConfig Author, string? DefaultKey) ReadSiteAuthor(YamlMappingReader r, IReadOnlyList<AuthorProfile> authors)
    {
        var node = r.Node("author");
        if (node is YamlScalar scalar)
        {
            var profile = authors.FirstOrDefault(p => p.Key == scalar.Value);
            if (profile is not null) return (new AuthorConfig(profile.Name, profile.Email), profile.Key);
            var guess = KeySuggester.Closest(scalar.Value, authors.Select(p => p.Key));
            r.Error(scalar, authors.Count == 0
                ? $"`author` must be a mapping such as {{ name: Ada Lovelace, email: ada@example.com }}, or the key of one of `authors`, not \"{scalar.Value}\""
                : $"`author: {scalar.Value}` names no entry of `authors`" + (guess is null ? $"; known authors: {string.Join(", ", authors.Select(p => p.Key))}" : $"; did you mean `{guess}`?"));
            return (new AuthorConfig("", ""), null);
        }
        var author = r.Child("author");
        if (author is null) return (new AuthorConfig(r.String("author_name") ?? "", ""), null);
        var result = new AuthorConfig(author.String("name") ?? "", author.String("email") ?? "");
        author.ReportUnknownKeys();
        return (result, null);
    }

    private static string? Absolute(YamlMappingReader r, string key)
    {
        var node = r.Node(key);
        var text = r.String(key);
        if (node is null || text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return text;
        r.Error(node, $"`{r.Qualify(key)}` must be an absolute http(s) URL such as https://ada.example/, not \"{text}\"");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
