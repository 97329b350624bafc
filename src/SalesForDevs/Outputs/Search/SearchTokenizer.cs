using System.Text;
using SalesForDevs.Languages;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// Splits text into lower-case search terms, leaves out the language's stop words and stems the rest where sfd has a
/// stemmer for the language (<see cref="SearchWords"/>). themes/default/assets/js/search.js applies the same rules to what
/// the reader types: change both together (a browser test compares them word by word).
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Runs of letters and digits, lower-cased; an apostrophe inside a word ("don't", "it's") joins it.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if ((c is '\'' or '’') && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>The index terms of <paramref name="text"/>: words without the language's stop words, stemmed where it has a stemmer.</summary>
    public static IEnumerable<string> Terms(string text, SearchWords language) =>
        Words(text).Where(w => !language.IsStop(w)).Select(language.Stem);
}
