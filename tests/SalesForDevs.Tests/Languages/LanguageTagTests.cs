using SalesForDevs.Languages;

namespace SalesForDevs.Tests.Languages;

// Issue 16: languages.
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("de_DE", false)]
    [InlineData("english", false)]
    [InlineData("", false)]
    public void Tags_are_checked_for_their_shape(string tag, bool valid) => Assert.Equal(valid, LanguageTag.IsValid(tag));

    [Fact]
    public void A_tag_falls_back_to_each_shorter_tag() =>
        Assert.Equal(["zh-Hant-TW", "zh-Hant", "zh"], LanguageTag.Chain("zh-Hant-TW"));

    [Theory]
    [InlineData("en", 1, "one")]
    [InlineData("en", 0, "other")]
    [InlineData("de", 2, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("pt-BR", 1, "one")]
    [InlineData("ja", 1, "other")]
    public void Plural_forms_follow_the_language(string language, long count, string form) =>
        Assert.Equal(form, PluralRules.Form(language, count, hasZero: false));
}
