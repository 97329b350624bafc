using System.Text;
using SalesForDevs.Diagnostics;
using SalesForDevs.Languages;

namespace SalesForDevs.Tests.Languages;

// Issue 16: languages.
public sealed class TranslationsTests
{
    private static Translations Load(string language, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var strings = TranslationLoader.Load(language, new SourceLocation("site.yml"), [],
            [new TranslationFile(language, $"i18n/{language}.yml", () => Encoding.UTF8.GetBytes(yaml))], "default", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return strings!;
    }

    private static Translations German => Load("de", File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "themes", "default", "i18n", "de.yml")));

    [Theory]
    [InlineData(0, "0 parts")]
    [InlineData(1, "1 part")]
    [InlineData(2, "2 parts")]
    public void English_plural_forms_follow_the_count(long count, string expected) =>
        Assert.Equal(expected, Translations.English.Text("parts", count: count));

    [Theory]
    [InlineData(1, "1 Minute Lesezeit")]
    [InlineData(7, "7 Minuten Lesezeit")]
    public void German_plural_forms_follow_the_count(long count, string expected) =>
        Assert.Equal(expected, German.Text("reading_time", count: count));

    [Fact]
    public void A_zero_form_wins_for_zero_and_french_says_one_for_zero()
    {
        var french = Load("fr", "parts: { one: \"{count} partie\", other: \"{count} parties\" }\ncomments: { zero: Aucun commentaire, one: Un commentaire, other: \"{count} commentaires\" }\n");
        Assert.Equal("0 partie", french.Text("parts", count: 0));
        Assert.Equal("2 parties", french.Text("parts", count: 2));
        Assert.Equal("Aucun commentaire", french.Text("comments", count: 0));
        Assert.Equal("5 commentaires", french.Text("comments", count: 5));
    }

    [Theory]
    [InlineData(1, "1 wpis")]
    [InlineData(3, "3 wpisy")]
    [InlineData(5, "5 wpisów")]
    [InlineData(22, "22 wpisy")]
    [InlineData(112, "112 wpisów")]
    public void Polish_counts_take_one_few_and_many(long count, string expected) =>
        Assert.Equal(expected, Load("pl", "posts: { one: \"{count} wpis\", few: \"{count} wpisy\", many: \"{count} wpisów\", other: \"{count} wpisu\" }\n").Text("posts", count: count));

    [Fact]
    public void A_form_the_file_leaves_out_falls_back_to_other()
    {
        var arabic = Load("ar", "posts: { one: مقال واحد, two: مقالان, other: \"{count} مقال\" }\n");
        Assert.Equal("مقالان", arabic.Text("posts", count: 2));
        Assert.Equal("5 مقال", arabic.Text("posts", count: 5));
        Assert.Equal("0 مقال", arabic.Text("posts", count: 0));
    }

    [Fact]
    public void Placeholders_are_filled_by_name_and_unknown_ones_stay()
    {
        Assert.Equal("Page 2 of 5", Translations.English.Text("page_of", ("page", 2), ("total", 5)));
        Assert.Equal("Posts tagged “C#”", Translations.English.Text("tag_title", ("tag", "C#")));
        Assert.Equal("Page {page} of 5", Translations.English.Text("page_of", ("total", 5)));
    }

    [Fact]
    public void Dates_use_the_language_format_and_names_on_a_machine_without_cultures()
    {
        var date = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal("March 2, 2026", Translations.English.Date(date));
        Assert.Equal("2. März 2026", German.Date(date));
        Assert.Equal("Mo., 2. März", German.Date(date.DateTime, "ddd, d. MMMM"));
        Assert.Equal("Montag, 2. Mär 26", Load("de", "months_short: [Jan, Feb, Mär, Apr, Mai, Jun, Jul, Aug, Sep, Okt, Nov, Dez]\ndays: [Sonntag, Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag]\n")
            .Date(date.DateTime, "dddd, d. MMM yy"));
    }

    [Fact]
    public void Genitive_month_names_serve_a_day_before_the_month()
    {
        var polish = Load("pl", "date_format: d MMMM yyyy\nmonths: [styczeń, luty, marzec, kwiecień, maj, czerwiec, lipiec, sierpień, wrzesień, październik, listopad, grudzień]\n"
            + "months_genitive: [stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia]\n");
        Assert.Equal("2 marca 2026", polish.Date(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("marzec 2026", polish.Date(new DateTime(2026, 3, 2), "MMMM yyyy"));
    }

    [Fact]
    public void A_missing_key_names_the_files_looked_in()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Translations.English.Text("no_such_key"));
        Assert.Equal("no translation `no_such_key` in (built-in)/themes/default/i18n/en.yml", error.Message);
    }
}
