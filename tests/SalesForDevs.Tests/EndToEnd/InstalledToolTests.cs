using System.IO.Compression;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SalesForDevs.Cli;
using SalesForDevs.Rendering.Markdown.Extensions.Images;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// Starting a blog from nothing with the packed tool: dotnet pack, dotnet tool install, then sfd init, sfd build and
/// sfd check in an empty folder, and a working blog comes out (issue 12).
/// </summary>
public sealed class InstalledToolTests(InstalledToolFixture tool) : IClassFixture<InstalledToolFixture>
{
    private static readonly HtmlParser Parser = new();

    private ProcessRun Init => tool.Runs[0].Run;
    private ProcessRun Build => tool.Runs[1].Run;
    private ProcessRun Check => tool.Runs[2].Run;

    private IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(tool.Output, path)));

    private void AssertRan()
    {
        Assert.True(tool.Pack.ExitCode == 0, tool.Pack.ToString());
        Assert.True(tool.Install.ExitCode == 0, tool.Install.ToString());
        Assert.Equal(3, tool.Runs.Count);
    }

    [Fact]
    public void The_package_is_a_dotnet_tool_with_readme_license_repository_and_version()
    {
        AssertRan();
        var version = VersionAction.Version.Split('+')[0];
        var package = Path.Combine(tool.Packages, $"SalesForDevs.Cli.{version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var nuspec = XDocument.Load(zip.GetEntry("SalesForDevs.Cli.nuspec")!.Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal(version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "license")!.Value));
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.StartsWith("https://github.com/", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
        Assert.NotNull(zip.GetEntry("README.md"));

        // The main package only names the platform packages; dotnet tool install picks the user's.
        var settings = XDocument.Load(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        var platforms = settings.Descendants("RuntimeIdentifierPackage").Select(p => (p.Attribute("RuntimeIdentifier")!.Value, p.Attribute("Id")!.Value)).ToList();
        Assert.Equal(InstalledToolFixture.Native ? [("linux-x64", "SalesForDevs.Cli.linux-x64"), ("any", "SalesForDevs.Cli.any")] : [("any", "SalesForDevs.Cli.any")], platforms);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));

        // The framework-dependent package: the theme travels inside the library, not as loose files next to it.
        using var portable = ZipFile.OpenRead(Path.Combine(tool.Packages, $"SalesForDevs.Cli.any.{version}.nupkg"));
        Assert.NotNull(portable.GetEntry("tools/net10.0/any/SalesForDevs.dll"));
        Assert.DoesNotContain(portable.Entries, e => e.FullName.Contains("themes/", StringComparison.Ordinal));
    }

    [Fact]
    public void On_linux_x64_the_package_installs_one_native_executable_without_debug_files()
    {
        AssertRan();
        if (!InstalledToolFixture.Native) return;
        var version = VersionAction.Version.Split('+')[0];
        using var zip = ZipFile.OpenRead(Path.Combine(tool.Packages, $"SalesForDevs.Cli.linux-x64.{version}.nupkg"));
        var sfd = zip.GetEntry("tools/any/linux-x64/sfd");
        Assert.NotNull(sfd);
        using (var header = sfd.Open())
        {
            var magic = new byte[4];
            header.ReadExactly(magic);
            Assert.Equal([0x7f, (byte)'E', (byte)'L', (byte)'F'], magic);
        }
        // Everything is compiled into the executable: no assembly to load, no symbols file of tens of megabytes.
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) || e.FullName.EndsWith(".dbg", StringComparison.Ordinal));
        // What dotnet tool install put on the tool path is that executable.
        var installed = new FileInfo(Path.Combine(tool.Tools, "sfd")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tool.Tools, "sfd");
        Assert.EndsWith(Path.Combine("tools", "any", "linux-x64", "sfd"), installed);

        // Its data is stored as it is, at a fixed address: nothing to rebuild or relocate before Main (start-up, bench/README.md).
        var elf = ElfHeader.Read(installed);
        Assert.Equal(ElfHeader.Executable, elf.Type);
        Assert.Contains(".data", elf.Sections);
        Assert.DoesNotContain(".hydrated", elf.Sections);
    }

    [Fact]
    public void The_framework_dependent_tool_builds_the_same_bytes_as_the_installed_one()
    {
        AssertRan();
        Assert.True(tool.InstallPortable.ExitCode == 0, tool.InstallPortable.ToString());
        Assert.True(tool.PortableBuild is { ExitCode: 0, Error: "" }, tool.PortableBuild?.ToString());
        AssertSameFiles(tool.Output, tool.PortableOutput);
    }

    private static void AssertSameFiles(string folder, string other)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();
        var others = Directory.EnumerateFiles(other, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, others);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, file))), $"{file} differs");
    }

    [Fact]
    public void The_installed_tool_makes_the_resized_copies_of_bundle_images_as_the_framework_dependent_one_does()
    {
        AssertRan();
        var (build, files) = tool.ImageBuild!.Value;
        Assert.True(build is { ExitCode: 0, Error: "" }, build.ToString());
        var output = Path.Combine(tool.PhotoSite, "_site");
        var post = Path.Combine(output, PhotoSiteFiles.Post);
        foreach (var (copy, width) in new[] { ("photo-480w.jpg", 480), ("photo-960w.jpg", 960), ("photo-480w.webp", 480), ("photo-960w.webp", 960),
                     ("photo-1200w.webp", 1200), ("chart-480w.png", 480), ("chart-480w.webp", 480), ("chart-600w.webp", 600) })
            Assert.True(ImageSize.Read(Path.Combine(post, copy)) is { } size && size.Width == width, $"{copy} is missing or not {width} px wide");
        var photo = Parser.ParseDocument(File.ReadAllText(Path.Combine(post, "index.html"))).QuerySelector("picture img[alt='a photo']")!;
        Assert.Equal("/photos/2026/01/a-walk/photo-480w.jpg 480w, /photos/2026/01/a-walk/photo-960w.jpg 960w, /photos/2026/01/a-walk/photo.jpg 1200w", photo.GetAttribute("srcset"));

        if (InstalledToolFixture.Native)
        {
            // libvips came with the installed package, and nothing was read from the repository or a NuGet cache.
            Assert.Contains(files, line => line.Contains("open", StringComparison.Ordinal) && line.Contains(tool.Tools + "/.store/", StringComparison.Ordinal)
                && line.Contains("/libvips.so", StringComparison.Ordinal) && !line.Contains("ENOENT", StringComparison.Ordinal));
            var elsewhere = files.Where(line => line.Contains(RepoPaths.Root, StringComparison.Ordinal) || line.Contains("/.nuget/packages/", StringComparison.Ordinal)).ToList();
            Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere.Take(20)));
        }

        // The framework-dependent tool, from an empty cache too, writes the same bytes.
        Assert.True(tool.PortableImageBuild is { ExitCode: 0, Error: "" }, tool.PortableImageBuild?.ToString());
        AssertSameFiles(output, Path.Combine(tool.PortablePhotoSite, "_site"));
    }

    [Fact]
    public void Init_build_and_check_succeed_with_no_warning()
    {
        AssertRan();
        Assert.True(Init.ExitCode == 0 && Init.Error == "", Init.ToString());
        Assert.True(Build.ExitCode == 0 && Build.Error == "", Build.ToString());
        Assert.True(Check.ExitCode == 0 && Check.Error == "", Check.ToString());
        Assert.EndsWith("no problems.\n", Check.Out);
    }

    [Fact]
    public void The_installed_tool_reads_no_file_of_the_repository()
    {
        AssertRan();
        foreach (var (run, files) in tool.Runs)
        {
            // The trace did see the tool start from where dotnet tool install put it (the native executable through the
            // tool path's link to it, the framework-dependent one by loading its library)...
            if (InstalledToolFixture.Native)
                Assert.Contains(files, line => line.Contains($"execve(\"{Path.Combine(tool.Tools, "sfd")}\"", StringComparison.Ordinal));
            else
                Assert.Contains(files, line => line.Contains(tool.Tools + "/.store/", StringComparison.Ordinal) && line.Contains("SalesForDevs.dll", StringComparison.Ordinal));
            // ...and never touched a path in the repository, the theme folder included.
            var inRepository = files.Where(line => line.Contains(RepoPaths.Root, StringComparison.Ordinal)).ToList();
            Assert.True(inRepository.Count == 0, $"{run.Command} touched the repository:\n" + string.Join("\n", inRepository.Take(20)));
        }
        Assert.False(Directory.Exists(Path.Combine(tool.Site, "themes")));
    }

    [Fact]
    public void A_site_without_images_never_loads_the_image_library()
    {
        AssertRan();
        // The host may look the files up at start-up; opening one is what loading it takes.
        var opened = tool.Runs.SelectMany(r => r.Files).Where(line => line.Contains("open", StringComparison.Ordinal)
            && (line.Contains("NetVips.dll", StringComparison.Ordinal) || line.Contains("libvips", StringComparison.Ordinal))).ToList();
        Assert.True(opened.Count == 0, string.Join("\n", opened.Take(10)));
        // The trace does record opened files: the build's, for one.
        Assert.Contains(tool.Runs[1].Files, line => line.Contains("open", StringComparison.Ordinal) && line.Contains("/blog/site.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_with_code_and_images_never_loads_OpenSSL()
    {
        AssertRan();
        // The caches key content with a non-cryptographic hash; loading and relocating libssl and libcrypto cost a small
        // build a few milliseconds and megabytes for nothing. The welcome post has a highlighted code block and the photo
        // site resizes images, so both caches were used.
        Assert.Contains(tool.Runs[1].Files, line => line.Contains("/.sfd/cache/highlighting", StringComparison.Ordinal));
        var builds = new[] { tool.Runs[1].Files, tool.ImageBuild!.Value.Files };
        var opened = builds.SelectMany(files => files).Where(line => line.Contains("open", StringComparison.Ordinal)
            && (line.Contains("libssl", StringComparison.Ordinal) || line.Contains("libcrypto", StringComparison.Ordinal)
                || line.Contains("Cryptography.Native", StringComparison.Ordinal))).ToList();
        Assert.True(opened.Count == 0, string.Join("\n", opened.Take(10)));
        Assert.Contains(tool.ImageBuild!.Value.Files, line => line.Contains("open", StringComparison.Ordinal) && line.Contains("/.sfd/cache/images/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_lists_the_welcome_post_and_links_the_about_page_and_feeds()
    {
        AssertRan();
        var home = Page("index.html");

        Assert.Equal("Field Notes", home.Title);
        Assert.Contains(home.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Welcome to Field Notes" && a.GetAttribute("href")!.Contains("/welcome/", StringComparison.Ordinal));
        Assert.Contains(home.QuerySelectorAll("nav a, header a"), a => a.GetAttribute("href") == "/blog/about/");
        var feeds = home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/blog/feed.xml", feeds);
        Assert.Contains("/blog/atom.xml", feeds);
        Assert.Contains("/blog/feed.json", feeds);
    }

    [Fact]
    public void The_welcome_post_and_the_about_page_are_published()
    {
        AssertRan();
        var link = Page("index.html").QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Welcome to Field Notes").GetAttribute("href")!;
        var post = Page(Path.Combine([.. link["/blog/".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries), "index.html"]));
        Assert.Equal("Welcome to Field Notes", post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(post.QuerySelectorAll("article a"), a => a.GetAttribute("href") == "/blog/about/" && a.TextContent == "about page");
        Assert.NotNull(post.QuerySelector("pre code"));

        var about = Page(Path.Combine("about", "index.html"));
        Assert.Equal("About", about.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Every_page_has_the_subscribe_box_with_the_feed()
    {
        AssertRan();
        var pages = Directory.EnumerateFiles(tool.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 6, $"only {pages.Count} pages");
        foreach (var file in pages)
        {
            var box = Parser.ParseDocument(File.ReadAllText(file)).QuerySelector(".subscribe-box");
            Assert.True(box is not null, $"{file} has no subscribe box");
            Assert.Equal("/blog/feed.xml", box.QuerySelector("a.rss-link")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_feeds_carry_the_welcome_post_with_absolute_links()
    {
        AssertRan();
        foreach (var name in new[] { "feed.xml", "atom.xml" })
        {
            using var reader = XmlReader.Create(Path.Combine(tool.Output, name));
            var feed = SyndicationFeed.Load(reader);
            var item = Assert.Single(feed.Items);
            Assert.Equal("Welcome to Field Notes", item.Title.Text);
            Assert.StartsWith(tool.Server.BaseUrl.ToString(), item.Links.First().Uri.ToString());
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool.Output, "feed.json")));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var entry = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Welcome to Field Notes", entry.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_internal_link_and_asset_resolves_under_the_pages_sub_path()
    {
        AssertRan();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var crawler = new SiteCrawler(client, tool.Server.BaseUrl, ["example.com"]);

        await crawler.CrawlAsync(
            (tool.Server.BaseUrl, HttpStatusCode.OK),
            (new Uri(tool.Server.BaseUrl, "no/such/page/"), HttpStatusCode.NotFound),
            (new Uri(tool.Server.BaseUrl, "robots.txt"), HttpStatusCode.OK));

        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems));
        var pages = Directory.EnumerateFiles(tool.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tool.Output, f).Replace('\\', '/')).ToList();
        var unreached = pages.Except(tool.Server.ServedFiles).ToList();
        Assert.True(unreached.Count == 0, "pages no link leads to:\n" + string.Join("\n", unreached));
        var visited = crawler.Visited.Select(u => u.AbsolutePath).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("/blog/assets/css/site.css", visited);
        Assert.Contains("/blog/about/", visited);
    }
}
