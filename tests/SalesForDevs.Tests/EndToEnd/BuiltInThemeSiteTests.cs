using SalesForDevs.Building;
using SalesForDevs.Linking;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// The theme built into sfd is the repository's themes/default/, so the real site comes out byte for byte the same
/// whether it is built from that folder or, with no themes/ folder at all, from sfd itself (issue 12).
/// </summary>
public sealed class BuiltInThemeSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_real_site_without_its_theme_folder_is_byte_identical()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sfd-builtin-" + Guid.NewGuid().ToString("N"));
        try
        {
            TempSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(copy, "content"));
            File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(copy, "site.yml"));
            var output = Path.Combine(copy, "_site");

            var result = SiteBuilder.Build(copy, output, new BuildOptions { Now = site.Now });

            Assert.True(site.Result.Succeeded && result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(site.Result.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
            var expected = TempSite.Snapshot(site.Output);
            var actual = TempSite.Snapshot(output);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), e.Key + " differs"));
        }
        finally
        {
            if (Directory.Exists(copy)) Directory.Delete(copy, recursive: true);
        }
    }
}
