namespace SalesForDevs.Languages;

/// <summary>
/// How the site's language is searched: its stop words (the i18n key <c>search_stop_words</c>, too common to help, left
/// out of the index) and its stemmer. Stop words come only from files of the site's own language, never from the
/// English fallback, and a site's own list replaces the theme's. sfd stems English and German; other languages are
/// indexed as whole lower-case words. Equal when the stemmer and the words are, so sfd serve keeps index entries
/// across rebuilds.
/// </summary>
internal sealed class SearchWords : IEquatable<SearchWords>
{
    public const string StopWordsKey = "search_stop_words";

    private readonly HashSet<string> _stop;

    private SearchWords(string stemmer, IReadOnlyList<string> stopWords)
    {
        Stemmer = stemmer;
        StopWords = stopWords;
        _stop = new HashSet<string>(stopWords, StringComparer.Ordinal);
    }

    /// <summary>The stemmer's language ("en", "de"), or "" for whole words.</summary>
    public string Stemmer { get; }

    /// <summary>Lower case, in the file's order (the index lists them so the search script drops them from queries too).</summary>
    public IReadOnlyList<string> StopWords { get; }

    public static SearchWords For(Translations strings)
    {
        var primary = LanguageTag.Primary(strings.Language);
        var stop = strings.OwnNames(StopWordsKey)?.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList() ?? [];
        return new SearchWords(primary is "en" or "de" ? primary : "", stop);
    }

    public bool IsStop(string word) => _stop.Contains(word);

    public string Stem(string word) => Stemmer switch
    {
        "en" => EnglishStemmer.Stem(word),
        "de" => GermanStemmer.Stem(word),
        _ => word,
    };

    public bool Equals(SearchWords? other) =>
        other is not null && (ReferenceEquals(this, other) || (Stemmer == other.Stemmer && StopWords.SequenceEqual(other.StopWords, StringComparer.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SearchWords);

    public override int GetHashCode() => HashCode.Combine(Stemmer, StopWords.Count);
}
