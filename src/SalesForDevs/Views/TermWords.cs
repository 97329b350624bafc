using SalesForDevs.Languages;
using SalesForDevs.Linking;

namespace SalesForDevs.Views;

/// <summary>
/// The words of a term of a site.yml taxonomy, for its page and its feeds, from the language's strings. The taxonomy's
/// names come from site.yml, so a sentence takes them as placeholders: <c>{singular}</c> as written there ("Kategorie"
/// for German, whose nouns keep their capital) and <c>{kind}</c> in lower case ("category", as English writes it
/// mid-sentence).
/// </summary>
internal static class TermWords
{
    public static string Text(Translations strings, string key, TermNode term, string site) =>
        strings.Text(key, ("term", term.Name), ("singular", term.Taxonomy.Singular), ("kind", term.Taxonomy.Singular.ToLowerInvariant()), ("site", site));
}
