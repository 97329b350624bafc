using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Rendering.Templates;

// The default theme is embedded from the repository's themes/default/ (issue 12).
public sealed class BuiltInThemeFilesTests
{
    [Fact]
    public void The_built_in_default_theme_is_the_repository_theme_byte_for_byte()
    {
        var builtIn = BuiltInThemeFiles.Find("default")!;
        var onDisk = TempSite.Snapshot(RepoPaths.DefaultTheme);

        Assert.Equal(onDisk.Keys, builtIn.All);
        foreach (var (path, bytes) in onDisk) Assert.True(bytes.AsSpan().SequenceEqual(builtIn.ReadBytes(path)), path);
    }

    [Fact]
    public void Lists_a_folder_with_slash_separated_theme_paths()
    {
        var layouts = BuiltInThemeFiles.Find("default")!.List("layouts", new SalesForDevs.Diagnostics.DiagnosticBag());

        Assert.Contains("layouts/post.scriban", layouts);
        Assert.Contains("layouts/partials/sidebar.scriban", layouts);
        Assert.All(layouts, p => Assert.DoesNotContain('\\', p));
        Assert.Equal(layouts.Order(StringComparer.Ordinal), layouts);
    }

    [Fact]
    public void Names_the_built_in_themes()
    {
        Assert.Equal(["default"], BuiltInThemeFiles.Names);
        Assert.Null(BuiltInThemeFiles.Find("nope"));
        Assert.Equal("(built-in)/themes/default/layouts/post.scriban", BuiltInThemeFiles.Find("default")!.Display("layouts/post.scriban"));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => BuiltInThemeFiles.Find("default")!.ReadText("layouts/nope.scriban"));
        Assert.Contains("layouts/nope.scriban", e.Message);
    }
}
