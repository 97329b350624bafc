using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Building;

/// <summary>
/// Builds each fixture under Golden/Sites/NAME/site with the default theme and compares every generated file
/// with Golden/Sites/NAME/expected/. Copied files (theme assets, static files) are only checked to exist.
/// </summary>
public sealed class GoldenSiteTests
{
    private static readonly string[] GeneratedExtensions = [".html", ".xml", ".json", ".txt", ""];

    /// <summary>The expected file that lists every output path; sfd writes no file of that name.</summary>
    private const string FileList = "_files.txt";

    public static TheoryData<string> Sites() =>
        new(Directory.GetDirectories(Path.Combine(Golden.Folder, "Sites")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Sites))]
    public void Site_output_matches_the_expected_files(string name)
    {
        var fixture = Path.Combine(Golden.Folder, "Sites", name);
        using var site = new TempSite("");
        TempSite.CopyDirectory(Path.Combine(fixture, "site"), site.Root);

        var result = site.Build(new BuildOptions { Now = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var expectedFolder = Path.Combine(fixture, "expected");
        var output = TempSite.Snapshot(site.Output);
        var actual = output.Where(f => GeneratedExtensions.Contains(Path.GetExtension(f.Key)))
            .ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value));
        // Copied and resized files are pinned by name: every path of the output but the theme's assets.
        actual[FileList] = string.Concat(output.Keys.Where(p => !p.StartsWith("assets/", StringComparison.Ordinal)).Select(p => p + "\n"));
        if (Golden.Updating && Directory.Exists(expectedFolder)) Directory.Delete(expectedFolder, recursive: true);
        foreach (var (path, text) in actual) Golden.Match(Path.Combine(expectedFolder, path), text);

        var expected = Directory.EnumerateFiles(expectedFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual.Keys.Order(StringComparer.Ordinal));
        Assert.True(site.Exists("assets/css/site.css"));
    }
}
