using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Outputs.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Words_are_lower_case_runs_of_letters_and_digits_with_apostrophes_joined()
    {
        Assert.Equal(["don", "t", "stop", "the", "q3", "review", "café"], SearchTokenizer.Words("Don - t stop: the Q3 review, café!"));
        Assert.Equal(["dont", "jordans", "plan"], SearchTokenizer.Words("Don’t Jordan's plan"));
    }

    [Fact]
    public void Terms_drop_the_language_stop_words_and_stem_with_its_stemmer() =>
        Assert.Equal(["ask", "raise"], SearchTokenizer.Terms("Asking for the raise", SalesForDevs.Languages.Translations.English.Search));
}
