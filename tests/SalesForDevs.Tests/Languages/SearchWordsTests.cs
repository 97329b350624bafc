using System.Text;
using SalesForDevs.Diagnostics;
using SalesForDevs.Languages;
using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Languages;

/// <summary>Search per language (issue 16): stop words from the language's own files, a stemmer where sfd has one.</summary>
public sealed class SearchWordsTests
{
    private static Translations Load(string language, IReadOnlyList<TranslationFile> site, IReadOnlyList<TranslationFile> theme)
    {
        var diagnostics = new DiagnosticBag();
        var strings = TranslationLoader.Load(language, new SourceLocation("site.yml"), site, theme, "default", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return strings!;
    }

    private static TranslationFile File(string language, string path, string yaml) => new(language, path, () => Encoding.UTF8.GetBytes(yaml));

    private static TranslationFile ShippedGerman =>
        File("de", "themes/default/i18n/de.yml", System.IO.File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "themes", "default", "i18n", "de.yml")));

    [Fact]
    public void English_keeps_its_stop_words_in_their_order_and_its_stemmer()
    {
        var words = Translations.English.Search;
        Assert.Equal("en", words.Stemmer);
        Assert.Equal(55, words.StopWords.Count);
        Assert.Equal(["a", "about", "an", "and"], words.StopWords.Take(4));
        Assert.Equal(["ask", "raise"], SearchTokenizer.Terms("Asking for the raise", words));
    }

    [Fact]
    public void German_drops_its_own_stop_words_and_stems_german()
    {
        var words = Load("de", [], [ShippedGerman]).Search;
        Assert.Equal("de", words.Stemmer);
        Assert.Contains("und", words.StopWords);
        Assert.Contains("der", words.StopWords);
        Assert.DoesNotContain("the", words.StopWords);
        Assert.Equal(["beitrag", "beitrag", "the"], SearchTokenizer.Terms("Der Beitrag und die Beiträge: the", words));
    }

    [Fact]
    public void A_language_without_a_list_has_no_stop_words_and_no_stemmer_rather_than_the_english_ones()
    {
        var words = Load("fr", [], [File("fr", "themes/default/i18n/fr.yml", "draft: Brouillon\n")]).Search;
        Assert.Equal("", words.Stemmer);
        Assert.Empty(words.StopWords);
        Assert.Equal(["les", "ventes", "and", "selling"], SearchTokenizer.Terms("Les ventes and selling", words));
    }

    [Fact]
    public void A_site_list_replaces_the_theme_list_in_lower_case()
    {
        var words = Load("de", [File("de", "i18n/de.yml", "search_stop_words: [Blog, und]\n")], [ShippedGerman]).Search;
        Assert.Equal(["blog", "und"], words.StopWords);
        Assert.Equal(["der", "beitrag"], SearchTokenizer.Terms("Der Beitrag im Blog", words).Take(2));
    }

    [Fact]
    public void A_stop_word_list_that_is_not_a_list_of_words_is_an_error_at_its_place()
    {
        var diagnostics = new DiagnosticBag();
        TranslationLoader.Load("de", new SourceLocation("site.yml"), [File("de", "i18n/de.yml", "search_stop_words: und\n")], [ShippedGerman], "default", diagnostics);
        Assert.Equal(["i18n/de.yml:1:20: error: `search_stop_words` must be a list of words, as in `search_stop_words: [the, and, of]` (`[]` for none)"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Equal_words_from_two_loads_are_equal_so_serve_keeps_index_entries()
    {
        Assert.Equal(Load("de", [], [ShippedGerman]).Search, Load("de", [], [ShippedGerman]).Search);
        Assert.NotEqual(Load("de", [], [ShippedGerman]).Search, Translations.English.Search);
    }

    [Theory]
    [InlineData("selling", "sell")]
    [InlineData("sells", "sell")]
    [InlineData("sell", "sell")]
    [InlineData("stories", "story")]
    [InlineData("classes", "class")]
    [InlineData("asked", "ask")]
    [InlineData("quickly", "quick")]
    [InlineData("business", "business")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("ring", "ring")]
    [InlineData("bed", "bed")]
    [InlineData("its", "its")]
    public void English_stemmer_strips_one_common_suffix(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("beitrag", "beitrag")]
    [InlineData("beiträge", "beitrag")]
    [InlineData("beiträgen", "beitrag")]
    [InlineData("änderung", "anderung")]
    [InlineData("änderungen", "anderung")]
    [InlineData("liefern", "liefer")]
    [InlineData("liefert", "liefer")]
    [InlineData("lieferung", "lieferung")]
    [InlineData("prozess", "prozess")]
    [InlineData("prozesse", "prozess")]
    [InlineData("kommen", "komm")]
    [InlineData("straße", "strass")]
    [InlineData("schnell", "schnell")]
    [InlineData("schnelle", "schnell")]
    [InlineData("partie", "partie")]
    [InlineData("arbeiten", "arbei")]
    [InlineData("arbeit", "arbei")]
    [InlineData("kunden", "kund")]
    [InlineData("die", "die")]
    [InlineData("q3", "q3")]
    public void German_stemmer_folds_umlauts_and_takes_off_endings(string word, string stem) =>
        Assert.Equal(stem, GermanStemmer.Stem(word));
}
