using System.Diagnostics;
using System.Text.Json;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.EndToEnd;

/// <summary>
/// Every page of the real site is valid HTML by the Nu HTML Checker (npm vnu-jar, pinned in package-lock.json,
/// run on Java), the validator behind validator.w3.org/nu.
/// </summary>
public sealed class HtmlValidityTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly string Jar = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void Every_page_of_the_real_site_is_valid_html()
    {
        var errors = Validate(site.Output);
        Assert.Empty(errors);
    }

    /// <summary>Issue 16: bylines, author cards, author, term and taxonomy pages, which the real site does not have.</summary>
    [Fact]
    public void Every_page_of_a_site_with_authors_and_taxonomies_is_valid_html()
    {
        using var people = new PeopleSiteFixture();
        Assert.True(people.Result.Succeeded, string.Join("\n", people.Result.Diagnostics));
        Assert.Empty(Validate(people.Site.Output));
    }

    [Fact]
    public void The_checker_reports_an_invalid_page()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sfd-vnu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></div></p></body></html>");
            Assert.NotEmpty(Validate(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Validate(string folder)
    {
        TestTools.Ensure("java", () => TestTools.FindOnPath("java") is not null);
        TestTools.Ensure(Jar, () => File.Exists(Jar));
        var start = new ProcessStartInfo(TestTools.FindOnPath("java")!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", Jar, "--errors-only", "--skip-non-html", "--format", "json", "--stdout", folder }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the HTML checker did not finish in two minutes");
        using var report = JsonDocument.Parse(output.Result);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
