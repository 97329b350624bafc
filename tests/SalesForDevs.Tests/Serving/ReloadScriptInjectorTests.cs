using SalesForDevs.Serving;

namespace SalesForDevs.Tests.Serving;

public sealed class ReloadScriptInjectorTests
{
    [Fact]
    public void Script_goes_just_before_the_closing_body_tag()
    {
        var html = "<html><body><p>Hi</p></body></html>";
        Assert.Equal("<html><body><p>Hi</p><script>x</script></body></html>", ReloadScriptInjector.Inject(html, "<script>x</script>"));
    }

    [Fact]
    public void Script_goes_before_the_last_closing_body_tag_in_any_case()
    {
        var html = "<body><pre>&lt;/body&gt; and </body> in text</pre></BODY>\n</html>";
        var result = ReloadScriptInjector.Inject(html, "[S]");
        Assert.Equal("<body><pre>&lt;/body&gt; and </body> in text</pre>[S]</BODY>\n</html>", result);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_the_end()
    {
        Assert.Equal("<p>fragment</p>[S]", ReloadScriptInjector.Inject("<p>fragment</p>", "[S]"));
    }

    [Theory]
    [InlineData("index.html", true)]
    [InlineData("2026/01/hello/index.html", true)]
    [InlineData("404.html", true)]
    [InlineData("old/page.HTM", true)]
    [InlineData("feed.xml", false)]
    [InlineData("feed.json", false)]
    [InlineData("assets/css/site.css", false)]
    [InlineData("assets/site.js", false)]
    [InlineData("html", false)]
    public void Only_html_pages_get_the_script(string path, bool expected)
    {
        Assert.Equal(expected, ReloadScriptInjector.IsHtml(path));
    }

    [Fact]
    public void Script_listens_to_the_endpoint_and_knows_the_page_version()
    {
        var script = ReloadScriptInjector.Script("/_sfd/live-reload", "abc.3");
        Assert.StartsWith("<script data-sfd-live-reload>", script);
        Assert.Contains("new EventSource(\"/_sfd/live-reload\")", script);
        Assert.Contains("var version = \"abc.3\";", script);
        Assert.Contains("location.reload()", script);
        Assert.EndsWith("</script>\n", script);
    }
}
