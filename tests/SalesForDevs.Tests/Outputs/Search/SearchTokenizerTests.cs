using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Outputs.Search;

public sealed class SearchTokenizerTests
{
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
    public void Stem_strips_one_common_suffix(string word, string stem) =>
        Assert.Equal(stem, SearchTokenizer.Stem(word));

    [Fact]
    public void Words_are_lower_case_runs_of_letters_and_digits_with_apostrophes_joined()
    {
        Assert.Equal(["don", "t", "stop", "the", "q3", "review", "café"], SearchTokenizer.Words("Don - t stop: the Q3 review, café!"));
        Assert.Equal(["dont", "jordans", "plan"], SearchTokenizer.Words("Don’t Jordan's plan"));
    }

    [Fact]
    public void Terms_drop_stop_words_and_stem_only_when_asked()
    {
        Assert.Equal(["asking", "raise"], SearchTokenizer.Terms("Asking for the raise", stem: false));
        Assert.Equal(["ask", "raise"], SearchTokenizer.Terms("Asking for the raise", stem: true));
    }
}
