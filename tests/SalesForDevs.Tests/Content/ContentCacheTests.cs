using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Content;

public sealed class ContentCacheTests
{
    private const string Path = "content/posts/2026-01-05-a.md";

    [Fact]
    public void Unchanged_text_is_not_parsed_again()
    {
        var cache = new ContentCache();
        var first = cache.Parse("---\ntitle: A\n---\nBody\n", Path, ContentKind.Post, new DiagnosticBag());
        var second = cache.Parse("---\ntitle: A\n---\nBody\n", Path, ContentKind.Post, new DiagnosticBag());
        var changed = cache.Parse("---\ntitle: B\n---\nBody\n", Path, ContentKind.Post, new DiagnosticBag());
        Assert.Same(first, second);
        Assert.Equal("B", changed!.Title);
    }

    [Fact]
    public void A_broken_file_reports_its_errors_on_every_build()
    {
        var cache = new ContentCache();
        for (var build = 0; build < 2; build++)
        {
            var diagnostics = new DiagnosticBag();
            Assert.Null(cache.Parse("---\ndate: 2026-13-40\ntitle: A\n---\n", Path, ContentKind.Post, diagnostics));
            Assert.Contains(diagnostics.Sorted(), d => d.IsError && d.Message.StartsWith("date \"2026-13-40\"", StringComparison.Ordinal));
        }
    }
}
