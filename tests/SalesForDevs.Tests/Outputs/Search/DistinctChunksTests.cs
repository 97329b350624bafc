using SalesForDevs.Diagnostics;
using SalesForDevs.Languages;
using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Outputs.Search;

/// <summary>Dropping repeated chunks before tokenizing must leave the index's terms, and their order, as they were.</summary>
public sealed class DistinctChunksTests
{
    [Theory]
    [InlineData("the ask the ask, the ask", "the ask ask,")]
    [InlineData("  lead\ttrail \n\n lead  ", "lead trail")]
    [InlineData("", "")]
    public void Repeated_chunks_are_left_out_in_order(string text, string expected)
    {
        Assert.Equal(expected, DistinctChunks.Of(text));
    }

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
            Assert.Equal(whole, SearchIndexWriter.BodyTerms(text, words).ToList());
        }
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
