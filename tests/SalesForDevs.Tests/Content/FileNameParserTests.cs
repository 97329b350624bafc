using SalesForDevs.Content;

namespace SalesForDevs.Tests.Content;

public sealed class FileNameParserTests
{
    [Theory]
    [InlineData("content/posts/2026-01-05-the-difference-is-behavior.md", "2026-01-05", "the-difference-is-behavior")]
    [InlineData("2026-01-05-Café Über.md", "2026-01-05", "cafe-uber")]
    [InlineData("2026-01-05-C#-tips.md", "2026-01-05", "csharp-tips")]
    [InlineData("2026-01-05-x.md", "2026-01-05", "x")]
    [InlineData("2026-02-30-bad-day.md", null, "2026-02-30-bad-day")]
    [InlineData("2026-01-05-.md", null, "2026-01-05")]
    [InlineData("2026-01-05.md", null, "2026-01-05")]
    [InlineData("2026-1-05-short.md", null, "2026-1-05-short")]
    [InlineData("about.md", null, "about")]
    [InlineData("٢٠٢٦-01-05-arabic-digits.md", null, "2026-01-05-arabic-digits")]
    [InlineData("-lead--double-.md", null, "lead-double")]
    public void A_file_name_gives_its_date_and_slug(string name, string? date, string slug)
    {
        var (parsed, parsedSlug) = FileNameParser.Parse(name);

        Assert.Equal(date, parsed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(slug, parsedSlug);
        if (parsed is { } d) Assert.Equal(TimeSpan.Zero, d.Offset);
    }

    [Fact]
    public void A_slug_already_plain_is_kept_as_it_is()
    {
        var slug = string.Concat("plain", "-slug-", "2");

        Assert.Same(slug, Slugifier.Slugify(slug));
    }
}
