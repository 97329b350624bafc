using System.Text;
using SalesForDevs.Diagnostics;
using SalesForDevs.Languages;

namespace SalesForDevs.Tests.Languages;

// Issue 16: languages.
public sealed class TranslationLoaderTests
{
    private static readonly SourceLocation LanguageAt = new("site.yml", 4, 11);

    private static TranslationFile File(string language, string yaml, string folder = "themes/default/i18n") =>
        new(language, $"{folder}/{language}.yml", () => Encoding.UTF8.GetBytes(yaml));

    private static TranslationFile SiteFile(string language, string yaml) => File(language, yaml, "i18n");

    private static Translations Load(string language, TranslationFile[] site, TranslationFile[] theme)
    {
        var diagnostics = new DiagnosticBag();
        var strings = TranslationLoader.Load(language, LanguageAt, site, theme, "default", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return strings!;
    }

    private static List<string> Errors(string language, TranslationFile[] site, TranslationFile[] theme)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TranslationLoader.Load(language, LanguageAt, site, theme, "default", diagnostics));
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void The_site_file_overrides_single_strings_of_the_theme_file()
    {
        var strings = Load("de", [SiteFile("de", "nav_home: Startseite\n")], [File("de", "nav_home: Start\ndraft: Entwurf\n")]);
        Assert.Equal("Startseite", strings.Text("nav_home"));
        Assert.Equal("Entwurf", strings.Text("draft"));
    }

    [Fact]
    public void A_regional_language_falls_back_to_its_base_language_then_to_english()
    {
        var strings = Load("pt-BR", [], [File("pt-BR", "draft: Rascunho BR\n"), File("pt", "draft: Rascunho\nmenu: Menu PT\n")]);
        Assert.Equal("Rascunho BR", strings.Text("draft"));
        Assert.Equal("Menu PT", strings.Text("menu"));
        // Neither Portuguese file has it: English, as the built-in file says it.
        Assert.Equal("Older posts →", strings.Text("older_posts"));
        Assert.Equal(["themes/default/i18n/pt-BR.yml", "themes/default/i18n/pt.yml", "(built-in)/themes/default/i18n/en.yml"], strings.Files);
    }

    [Fact]
    public void Language_tags_match_file_names_without_regard_to_case()
    {
        var strings = Load("pt-BR", [], [File("pt-br", "draft: Rascunho\n")]);
        Assert.Equal("Rascunho", strings.Text("draft"));
    }

    [Fact]
    public void A_language_no_file_has_is_an_error_at_the_language_key_naming_the_languages_there_are()
    {
        var errors = Errors("fr", [SiteFile("es", "draft: Borrador\n")], [File("de", ""), File("en", "")]);
        Assert.Equal(["site.yml:4:11: error: language `fr` has no strings: theme `default` has i18n files for de, en and the site's i18n/ folder for es; add i18n/fr.yml to the site (copy the theme's en.yml and translate it), or pick one of those"], errors);
    }

    [Fact]
    public void English_needs_no_file_because_sfd_ships_it()
    {
        var strings = Load("en-GB", [], []);
        Assert.Equal("January 5, 2026", strings.Date(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("(coming soon)", strings.Text("coming_soon"));
    }

    [Fact]
    public void Bad_entries_are_errors_at_their_line_and_column()
    {
        var errors = Errors("de", [], [File("de", "months: [Januar, Februar]\nparts: { one: \"{count} Teil\" }\nreading_time: { one: a, ohter: b }\ndraft: [a, b]\n")]);
        Assert.Equal([
            "themes/default/i18n/de.yml:1:9: error: `months` must be a list of 12 names, as in `months: [January, February, …]` (January first)",
            "themes/default/i18n/de.yml:2:8: error: `parts` has plural forms but no `other`, the form every language uses",
            "themes/default/i18n/de.yml:3:15: error: `reading_time` has plural forms but no `other`, the form every language uses",
            "themes/default/i18n/de.yml:3:25: error: `reading_time.ohter` is not a plural form (zero, one, two, few, many, other); did you mean `other`?",
            "themes/default/i18n/de.yml:4:8: error: `draft` must be a string, or plural forms such as `{ one: \"{count} part\", other: \"{count} parts\" }`",
        ], errors);
    }

    [Fact]
    public void A_site_key_no_theme_or_engine_string_has_is_a_warning_with_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        TranslationLoader.Load("de", LanguageAt, [SiteFile("de", "nav_hmoe: Startseite\n")], [File("de", "draft: Entwurf\n")], "default", diagnostics);
        Assert.Equal(["i18n/de.yml:1:11: warning: `nav_hmoe` is not a string the theme or sfd uses; did you mean `nav_home`?"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Every_key_of_the_shipped_german_file_is_an_english_key_too()
    {
        var english = YamlKeys(Path.Combine(RepoPathsRoot, "themes", "default", "i18n", "en.yml"));
        var german = YamlKeys(Path.Combine(RepoPathsRoot, "themes", "default", "i18n", "de.yml"));
        Assert.Empty(german.Except(english));
        Assert.Empty(english.Except(german));
    }

    private static string RepoPathsRoot => Support.RepoPaths.Root;

    private static List<string> YamlKeys(string path) =>
        System.IO.File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(' ') && l.Contains(':'))
            .Select(l => l[..l.IndexOf(':')]).ToList();
}
