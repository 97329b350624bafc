using SalesForDevs.Outputs.Search;

namespace SalesForDevs.Tests.Outputs.Search;

public sealed class PageTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("one")]
    [InlineData("one two")]
    [InlineData("  one   two \t three\n")]
    [InlineData("a\u00A0b\u2003c\u2028d")]
    [InlineData("\r\nlead and trail\r\n")]
    [InlineData("x  y")]
    [InlineData("x\ty")]
    [InlineData("é ü — “quoted”")]
    public void Collapse_folds_white_space_as_splitting_into_words_and_joining_them_does(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(words, PageText.Collapse(text));
        Assert.Equal(words, PageText.Collapse(text.AsSpan()));
    }

    [Fact]
    public void Collapsed_text_is_returned_as_it_is()
    {
        var text = "already folded text";

        Assert.Same(text, PageText.Collapse(text));
    }
}
