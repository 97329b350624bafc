using SalesForDevs.Languages;

namespace SalesForDevs.Tests.Languages;

/// <summary>Each language's forms for the example whole numbers the CLDR plural rules list with the rule (issue 16).</summary>
public sealed class PluralRulesTests
{
    /// <summary>The form of each count, as "count:form" pairs, so one line per language reads like the CLDR's table.</summary>
    [Theory]
    [InlineData("en", "0:other 1:one 2:other 5:other 11:other 21:other 101:other")]
    [InlineData("de", "0:other 1:one 2:other 21:other 1000000:other")]
    [InlineData("fr", "0:one 1:one 2:other 17:other 100:other 1000000:many 2000000:many 1000001:other")]
    [InlineData("pt-BR", "0:one 1:one 2:other 1000000:many")]
    [InlineData("pt-PT", "0:other 1:one 2:other 1000000:many")]
    [InlineData("es", "0:other 1:one 2:other 1000000:many")]
    [InlineData("it", "0:other 1:one 1000000:many 1000001:other")]
    [InlineData("ja", "0:other 1:other 2:other")]
    [InlineData("zh-Hant-TW", "1:other 5:other")]
    [InlineData("hi", "0:one 1:one 2:other")]
    [InlineData("ru", "0:many 1:one 2:few 4:few 5:many 11:many 12:many 14:many 20:many 21:one 22:few 25:many 101:one 111:many 112:many 122:few 1001:one")]
    [InlineData("uk", "1:one 3:few 11:many 21:one 24:few 100:many")]
    [InlineData("be", "1:one 2:few 15:many 31:one")]
    [InlineData("pl", "0:many 1:one 2:few 4:few 5:many 11:many 12:many 14:many 21:many 22:few 25:many 101:many 102:few 112:many 1000:many")]
    [InlineData("cs", "0:other 1:one 2:few 3:few 4:few 5:other 11:other 21:other 22:other 101:other")]
    [InlineData("sk", "1:one 4:few 5:other")]
    [InlineData("hr", "0:other 1:one 2:few 5:other 11:other 12:other 21:one 22:few 25:other 101:one 111:other")]
    [InlineData("sr-Latn", "1:one 3:few 13:other 31:one")]
    [InlineData("sl", "0:other 1:one 2:two 3:few 4:few 5:other 11:other 21:other 101:one 102:two 103:few 104:few 105:other 201:one")]
    [InlineData("lt", "0:other 1:one 2:few 9:few 10:other 11:other 19:other 20:other 21:one 22:few 25:few 30:other 101:one 111:other")]
    [InlineData("lv", "0:zero 1:one 2:other 10:zero 11:zero 19:zero 20:zero 21:one 22:other 101:one 111:zero")]
    [InlineData("ro", "0:few 1:one 2:few 16:few 19:few 20:other 35:other 100:other 101:few 102:few 119:few 120:other 1000:other 1002:few")]
    [InlineData("ar", "0:zero 1:one 2:two 3:few 10:few 11:many 26:many 99:many 100:other 101:other 102:other 103:few 110:few 111:many 200:other 1000:other")]
    [InlineData("cy", "0:zero 1:one 2:two 3:few 4:other 5:other 6:many 7:other 11:other 21:other")]
    [InlineData("ga", "0:other 1:one 2:two 3:few 6:few 7:many 10:many 11:other 21:other")]
    [InlineData("gd", "0:other 1:one 2:two 3:few 10:few 11:one 12:two 13:few 19:few 20:other 21:other")]
    [InlineData("he", "0:other 1:one 2:two 3:other 20:other 21:other")]
    [InlineData("mt", "0:few 1:one 2:two 3:few 10:few 11:many 19:many 20:other 101:other 103:few 111:many")]
    [InlineData("mk", "1:one 11:other 21:one 22:other")]
    [InlineData("is", "1:one 11:other 21:one 101:one 111:other")]
    [InlineData("br", "1:one 11:other 21:one 71:other 2:two 12:other 22:two 72:other 3:few 4:few 9:few 13:other 79:other 93:other 103:few 5:other 1000000:many")]
    [InlineData("fil", "0:one 1:one 3:one 4:other 6:other 9:other 10:one 14:other")]
    public void Counts_take_the_forms_of_the_cldr_rules(string language, string expected)
    {
        foreach (var pair in expected.Split(' '))
        {
            var count = long.Parse(pair[..pair.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(PluralRules.Form(language, count, hasZero: false) == pair[(pair.IndexOf(':') + 1)..],
                $"{language} {count}: expected {pair[(pair.IndexOf(':') + 1)..]}, got {PluralRules.Form(language, count, hasZero: false)}");
        }
    }

    [Fact]
    public void A_zero_form_in_the_file_wins_for_0_in_any_language()
    {
        Assert.Equal("zero", PluralRules.Form("en", 0, hasZero: true));
        Assert.Equal("zero", PluralRules.Form("ru", 0, hasZero: true));
        Assert.Equal("many", PluralRules.Form("ru", 0, hasZero: false));
    }

    [Fact]
    public void A_negative_count_takes_the_form_of_its_size() =>
        Assert.Equal(["one", "few", "many"], new long[] { -1, -2, -5 }.Select(n => PluralRules.Form("ru", n, hasZero: false)));

    [Fact]
    public void Language_tags_are_read_by_their_primary_language_in_any_case()
    {
        Assert.Equal("few", PluralRules.Form("PL", 3, hasZero: false));
        Assert.Equal("few", PluralRules.Form("ru-RU", 3, hasZero: false));
        Assert.Equal("other", PluralRules.Form("pt-pt", 0, hasZero: false));
    }
}
