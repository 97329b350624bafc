namespace SalesForDevs.Languages;

/// <summary>
/// A light English stemmer for search: one suffix rule, the first that applies, and never below three letters, so
/// "selling", "sells" and "sell" meet. Deliberately simpler than Porter's: the search script must repeat it exactly
/// (themes/default/assets/js/search.js, stemEnglish), and prefix matching covers the rest.
/// </summary>
internal static class EnglishStemmer
{
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
