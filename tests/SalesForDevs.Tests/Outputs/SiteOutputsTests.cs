using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Outputs;

/// <summary>The small files GitHub Pages reads beside the pages: CNAME for a custom domain, .nojekyll.</summary>
public sealed class SiteOutputsTests
{
    private const string Post = """
        -- content/posts/2026-01-05-hello.md --
        ---
        title: Hello
        ---
        Hello.
        """;

    [Fact]
    public void Cname_in_site_yml_writes_a_CNAME_file_with_the_bare_domain()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            base_url: https://blog.example.com/
            cname: "  blog.example.com  "
            """ + "\n" + Post);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("blog.example.com\n", site.Read("CNAME"));
    }

    [Fact]
    public void Without_cname_there_is_no_CNAME_file()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            base_url: https://user.github.io/repo/
            """ + "\n" + Post);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(site.Exists("CNAME"));
        Assert.True(site.Exists(".nojekyll"));
    }

    [Fact]
    public void A_static_CNAME_file_does_not_replace_the_configured_one()
    {
        using var site = new TempSite("""
            -- site.yml --
            title: T
            base_url: https://blog.example.com/
            cname: blog.example.com
            -- content/static/CNAME --
            old.example.com
            """ + "\n" + Post);

        var result = site.Build();

        Assert.Equal("blog.example.com\n", site.Read("CNAME"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("CNAME", warning.ToString());
    }
}
