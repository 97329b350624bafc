using System.Text;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// Splits text into lower-case search terms and, for English sites, strips common suffixes so "selling", "sells" and
/// "sell" meet. themes/default/assets/js/search.js applies the same rules to what the reader types: change both
/// together (a browser test compares them word by word).
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Words too common to help; left out of the index to keep it small. Shipped in the index, so the script needs no copy.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "about", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from", "has", "have", "he",
        "her", "his", "i", "if", "in", "into", "is", "it", "its", "me", "my", "not", "of", "on", "or", "our", "she",
        "so", "that", "the", "their", "them", "then", "there", "they", "this", "to", "was", "we", "were", "what",
        "when", "which", "who", "will", "with", "you", "your",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

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

    /// <summary>The index terms of <paramref name="text"/>: words without stop words, stemmed when <paramref name="stem"/>.</summary>
    public static IEnumerable<string> Terms(string text, bool stem) =>
        Words(text).Where(w => !Stop.Contains(w)).Select(w => stem ? Stem(w) : w);

    /// <summary>
    /// A light English stemmer: one suffix rule, the first that applies, and never below three letters.
    /// Deliberately simpler than Porter's: the script must repeat it exactly, and prefix matching covers the rest.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 6) return word[..^3];
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 5) return word[..^2];
        if (word.EndsWith("ly", StringComparison.Ordinal) && word.Length >= 5) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }
}
