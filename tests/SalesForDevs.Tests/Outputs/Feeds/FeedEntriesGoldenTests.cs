using System.Text;
using SalesForDevs.Tests.Support;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>
/// Every feed of Golden/FeedEntries/site (root, tags, categories, series, authors; RSS, Atom and JSON) byte for byte
/// against Golden/FeedEntries/expected/ (and, with summaries
/// instead of full content, expected-summaries/). Its posts share tags, a series and authors, and their titles, tags, summaries
/// and bodies carry what each format escapes differently, so an entry written once and copied into every feed that
/// carries it must give the same bytes as a feed written entry by entry. SFD_UPDATE_GOLDEN=1 rewrites the expected files.
/// </summary>
public sealed class FeedEntriesGoldenTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "SalesForDevs.Tests", "Golden", "FeedEntries");
    private static readonly string[] FeedNames = ["feed.xml", "atom.xml", "feed.json"];
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <param name="expected">The folder of golden files under Golden/FeedEntries/.</param>
    /// <param name="feeds">Replaces the site's <c>feeds:</c> line, or null to keep it.</param>
    [Theory]
    [InlineData("expected", null)]
    [InlineData("expected-summaries", "feeds: { rss: true, atom: true, json: true, items: 3, full_content: false }")]
    public void Every_feed_matches_its_golden_file(string expected, string? feeds)
    {
        var folder = Path.Combine(Folder, expected);
        using var site = new TempSite("");
        TempSite.CopyDirectory(Path.Combine(Folder, "site"), site.Root);
        if (feeds is not null)
        {
            var config = Path.Combine(site.Root, "site.yml");
            File.WriteAllLines(config, File.ReadAllLines(config).Select(l => l.StartsWith("feeds:", StringComparison.Ordinal) ? feeds : l));
        }
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var actual = Feeds(site.Output).ToDictionary(p => p, p => Normalize(File.ReadAllBytes(Path.Combine(site.Output, p))), StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("SFD_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            foreach (var (path, text) in actual)
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, Utf8.GetBytes(text));
            }
            return;
        }

        Assert.True(Directory.Exists(folder), $"{folder} is missing; run the tests with SFD_UPDATE_GOLDEN=1 to write it");
        Assert.Equal(Feeds(folder), actual.Keys.Order(StringComparer.Ordinal).ToList());
        // Tags, a category, the series and both authors: the site writes far more than its root feeds.
        Assert.True(actual.Count >= 8 * FeedNames.Length, $"only {actual.Count} feeds");
        foreach (var (path, text) in actual)
            Assert.True(text == Utf8.GetString(File.ReadAllBytes(Path.Combine(folder, path))), $"{path} differs from its golden file");
    }

    private static List<string> Feeds(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => FeedNames.Contains(Path.GetFileName(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The bytes as text (a byte order mark would stay visible), the engine's version replaced as in FeedGoldenTests.</summary>
    private static string Normalize(byte[] bytes) =>
        Utf8.GetString(bytes).Replace($"SalesForDevs {SiteViewBuilder.Version}", "SalesForDevs VERSION", StringComparison.Ordinal);
}
