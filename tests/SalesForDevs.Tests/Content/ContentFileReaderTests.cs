using System.Text;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Tests.Content;

/// <summary>Reading a file's bytes and splitting them before decoding must give what decoding the whole file and splitting its text gives.</summary>
public sealed class ContentFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sfd-content-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "plain", Utf8("---\ntitle: Hello\ntags: [a, b]\n---\nBody with ümlauts and “quotes”.\n\nMore.\n") },
        { "crlf", Utf8("---\r\ntitle: Hello\r\n---\r\nBody\r\n") },
        { "dots close", Utf8("---\ntitle: Hello\n...\nBody\n") },
        { "fence with carriage returns", Utf8("---\ntitle: Hello\n---\r\r\nBody\n") },
        { "closed at the end", Utf8("---\ntitle: Hello\n---") },
        { "empty body", Utf8("---\ntitle: Hello\n---\n") },
        { "byte order mark", [.. Bom, .. Utf8("---\ntitle: Hello\n---\nBody\n")] },
        { "two byte order marks", [.. Bom, .. Bom, .. Utf8("---\ntitle: Hello\n---\nBody\n")] },
        { "no front matter", Utf8("Just text\n") },
        { "unclosed", Utf8("---\ntitle: Hello\nBody\n") },
        { "only a fence", Utf8("---") },
        { "empty", [] },
        { "bad yaml", Utf8("---\ntitle: a: b\n---\nBody\n") },
        { "latin-1 in the body", [.. Utf8("---\ntitle: Hello\n---\nCaf"), 0xE9, .. Utf8("\n")] },
        { "latin-1 in the front matter", [.. Utf8("---\ntitle: Caf"), 0xE9, .. Utf8("\n---\nBody\n")] },
        { "multi-byte next to fences", Utf8("---\ntitle: “Hi”\n---\n—\n") },
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [MemberData(nameof(Files))]
    public void Bytes_give_the_item_and_messages_the_text_gives(string name, byte[] bytes)
    {
        var file = Path.Combine(_folder, "2026-01-05-hello.md");
        File.WriteAllBytes(file, bytes);
        const string path = "content/posts/2026-01-05-hello.md";

        var expectedBag = new DiagnosticBag();
        var text = SourceText.Decode(bytes, path, expectedBag);
        var expected = text is null ? null : ContentLoader.Parse(text, path, ContentKind.Post, expectedBag);
        var actualBag = new DiagnosticBag();
        var actual = ContentFileReader.Read(file, path, ContentKind.Post, actualBag);

        Assert.Equal(expectedBag.Sorted().Select(d => d.ToString()), actualBag.Sorted().Select(d => d.ToString()));
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null) return;
        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(expected.BodyStartLine, actual.BodyStartLine);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Slug, actual.Slug);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.FrontMatter.Tags, actual.FrontMatter.Tags);
        Assert.True(name.Length > 0);
    }
}
