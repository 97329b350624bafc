using SalesForDevs.Building;
using SalesForDevs.Outputs;
using SalesForDevs.Tests.Support;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>Builds the golden feed site (Golden/Feeds/site) once.</summary>
public sealed class GoldenFeedSiteFixture : IDisposable
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "SalesForDevs.Tests", "Golden", "Feeds");

    internal TempSite Site { get; } = new("");
    internal BuildResult Result { get; }

    public GoldenFeedSiteFixture()
    {
        TempSite.CopyDirectory(Path.Combine(Folder, "site"), Site.Root);
        Result = Site.Build();
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// The three root feeds of a small site, byte for byte, against Golden/Feeds/*. Run with SFD_UPDATE_GOLDEN=1 to rewrite
/// the expected files after an intended change, then review their diff like code.
/// </summary>
public sealed class FeedGoldenTests(GoldenFeedSiteFixture golden) : IClassFixture<GoldenFeedSiteFixture>
{
    /// <summary>The generator line names the engine's version; the golden files say VERSION so a release does not rewrite them.</summary>
    private static string Normalize(string text) =>
        text.Replace($"SalesForDevs {SiteViewBuilder.Version}", "SalesForDevs VERSION", StringComparison.Ordinal);

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    public void Feed_matches_its_golden_file(string name)
    {
        Assert.True(golden.Result.Succeeded, string.Join("\n", golden.Result.Diagnostics));
        var actual = Normalize(golden.Site.Read(name));
        var expectedPath = Path.Combine(GoldenFeedSiteFixture.Folder, name);
        if (Environment.GetEnvironmentVariable("SFD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with SFD_UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
