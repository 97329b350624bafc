using SalesForDevs.Diagnostics;
using SalesForDevs.Files;

namespace SalesForDevs.Tests.Files;

public sealed class SiteFileWalkerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sfd-walker-").FullName;
    private string Site => Path.Combine(_root, "site");

    private void Write(string path, string text = "x")
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void Lists_files_sorted_with_links_inside_the_site_under_their_own_names()
    {
        Write("site/content/b.md");
        Write("site/content/a/c.md");
        Write("site/content/skip.txt");
        Write("site/shared/d.md");
        File.CreateSymbolicLink(Path.Combine(Site, "content", "linked"), Path.Combine(Site, "shared"));
        var diagnostics = new DiagnosticBag();

        var files = SiteFileWalker.Files(Site, Path.Combine(Site, "content"), diagnostics, ".md");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["content/a/c.md", "content/b.md", "content/linked/d.md"], files.Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/')));
    }

    [Fact]
    public void A_missing_folder_has_no_files_and_no_error()
    {
        Directory.CreateDirectory(Site);
        var diagnostics = new DiagnosticBag();
        Assert.Empty(SiteFileWalker.Files(Site, Path.Combine(Site, "layouts"), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_folder_that_is_a_link_out_of_the_site_is_reported_once_and_not_walked()
    {
        Write("elsewhere/theme/assets/site.css");
        Directory.CreateDirectory(Path.Combine(Site, "themes"));
        File.CreateSymbolicLink(Path.Combine(Site, "themes", "default"), Path.Combine(_root, "elsewhere", "theme"));
        var diagnostics = new DiagnosticBag();

        Assert.Empty(SiteFileWalker.Files(Site, Path.Combine(Site, "themes", "default", "assets"), diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("themes/default/assets", error.Location!.Path);
        Assert.Contains("outside the site's folder", error.Message);
    }

    [Fact]
    public void The_site_folder_may_itself_be_reached_through_a_link()
    {
        Write("real/content/a.md");
        File.CreateSymbolicLink(Site, Path.Combine(_root, "real"));
        var diagnostics = new DiagnosticBag();
        Assert.Single(SiteFileWalker.Files(Site, Path.Combine(Site, "content"), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
