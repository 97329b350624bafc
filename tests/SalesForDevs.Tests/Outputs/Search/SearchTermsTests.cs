using SalesForDevs.Diagnostics;
using SalesForDevs.Languages;
using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Outputs.Search;

/// <summary>Terms read from a span with remembered words must be the tokenizer's, distinct, in order, at most 2,000.</summary>
public sealed class SearchTermsTests
{

    public static TheoryData<string> Texts() => new(
        "Die Verkäufe, die Verkäufer und der Verkauf: verkaufen, Verkaufens. Straße STRASSE",
        "Selling is selling; sells sold. Don't don' t it’s it’ s rock'n'roll 'quoted' o'\nclock",
        "The The THE the. the, (the) the-the 3.14 3 14 ünïcödé Ünïcödé naïve naïve\u00A0naïve\u2003tab\tend",
        string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i % 2500} Word{i % 7}, stories classes asked")),
        "");

    [Theory]
    [MemberData(nameof(Texts))]
    public void Terms_are_those_of_the_whole_text(string text)
    {
        foreach (var words in new[] { Translations.English.Search, German() })
        {
            var whole = SearchTokenizer.Terms(text, words).Distinct(StringComparer.Ordinal).Take(2000).ToList();
            // Twice: the second time every word is remembered.
            for (var pass = 0; pass < 2; pass++)
            {
                Assert.Equal(whole, SearchTerms.Of(text, words));
                Assert.Equal(string.Join(' ', whole), SearchTerms.Joined(text, words).ToString());
            }
        }
    }

    [Fact]
    public void A_language_switch_forgets_the_words_of_the_other()
    {
        // The same word is a different term in each language; what one remembered must not answer for the other.
        var germanWords = German();
        var german = SearchTerms.Of("Beiträge Verkäufe", germanWords);
        var english = SearchTerms.Of("Beiträge Verkäufe", Translations.English.Search);
        Assert.Equal(SearchTokenizer.Terms("Beiträge Verkäufe", germanWords), german);
        Assert.Equal(SearchTokenizer.Terms("Beiträge Verkäufe", Translations.English.Search), english);
        Assert.NotEqual(german, english);
    }

    [Fact]
    public void A_word_longer_than_the_buffer_is_read_whole()
    {
        var word = new string('x', 300);
        var text = $"{word.ToUpperInvariant()} end";
        var terms = SearchTerms.Of(text, Translations.English.Search);
        Assert.Equal(SearchTokenizer.Terms(text, Translations.English.Search), terms);
        Assert.Equal(300, terms[0].Length);
    }

    private static SearchWords German()
    {
        var yaml = File.ReadAllBytes(Path.Combine(Support.RepoPaths.Root, "themes", "default", "i18n", "de.yml"));
        var diagnostics = new DiagnosticBag();
        var strings = TranslationLoader.Load("de", new SourceLocation("site.yml"), [], [new TranslationFile("de", "themes/default/i18n/de.yml", () => yaml)], "default", diagnostics);
        Assert.NotNull(strings);
        Assert.Equal("de", strings.Search.Stemmer);
        return strings.Search;
    }
}
