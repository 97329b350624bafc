using SalesForDevs.Diagnostics;
using SalesForDevs.Notifying;

namespace SalesForDevs.Tests.Notifying;

public sealed class NotifyStateStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sfd-state-" + Guid.NewGuid().ToString("N"));

    private string File(string name = "notified.json") => Path.Combine(_folder, ".sfd", name);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static NotifiedPost Entry(string id, string[] sent, string[]? pending = null) =>
        new(id, $"https://x.example/{id}/", $"Title “{id}”", new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.FromHours(2)), sent, pending ?? []);

    [Fact]
    public void Saved_state_loads_back_the_same()
    {
        var store = new NotifyStateStore(File(), ".sfd/notified.json");
        var state = NotifyState.Empty.With(Entry("a", [])).With(Entry("b", ["webhook"], ["email"])).With(Entry("c", ["webhook", "email"]));
        store.Save(state);

        var bag = new DiagnosticBag();
        var loaded = store.Load(bag)!;

        Assert.Empty(bag.Sorted());
        Assert.Equal(["a", "b", "c"], loaded.Posts.Select(p => p.Id));
        Assert.Equal(state.Posts[1].Pending, loaded.Posts[1].Pending);
        Assert.Equal(state.Posts[2].Sent, loaded.Posts[2].Sent);
        Assert.Equal(state.Posts[0].At, loaded.Posts[0].At);
        Assert.Equal("Title “a”", loaded.Posts[0].Title);
        Assert.False(loaded.Posts[1].IsComplete);
    }

    [Fact]
    public void Save_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var store = new NotifyStateStore(File(), ".sfd/notified.json");
        store.Save(NotifyState.Empty.With(Entry("a", [])));
        store.Save(NotifyState.Empty.With(Entry("b", [])));

        Assert.Equal(["notified.json"], Directory.GetFiles(Path.GetDirectoryName(File())!).Select(Path.GetFileName));
        var text = System.IO.File.ReadAllText(File());
        Assert.DoesNotContain("\"a\"", text);
        Assert.StartsWith("{\n  \"version\": 1,\n  \"posts\": [\n    {\n      \"id\": \"b\",", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void A_missing_file_is_an_empty_state()
    {
        var store = new NotifyStateStore(File(), ".sfd/notified.json");
        Assert.False(store.Exists);
        Assert.Empty(store.Load(new DiagnosticBag())!.Posts);
    }

    [Theory]
    [InlineData("", ".sfd/notified.json:1:1: error: the notify state file is not valid JSON")]
    [InlineData("{\"version\": 1, \"posts\": [}", ".sfd/notified.json:1:26: error: the notify state file is not valid JSON")]
    [InlineData("[]", ".sfd/notified.json: error: the notify state file must hold a JSON object with \"version\" and \"posts\"")]
    [InlineData("{\"posts\": []}", ".sfd/notified.json: error: the notify state file has no \"version\" number")]
    [InlineData("{\"version\": 2, \"posts\": []}", ".sfd/notified.json: error: the notify state file has version 2, but this sfd reads version 1")]
    [InlineData("{\"version\": 1}", ".sfd/notified.json: error: the notify state file has no \"posts\" list")]
    [InlineData("{\"version\": 1, \"posts\": [{\"url\": \"u\"}]}", ".sfd/notified.json: error: the notify state file has a bad entry 1 in \"posts\": \"id\" is missing")]
    [InlineData("{\"version\": 1, \"posts\": [{\"id\": \"a\", \"sent\": \"webhook\"}]}", ".sfd/notified.json: error: the notify state file has a bad entry 1 in \"posts\": \"sent\" and \"pending\" must be lists")]
    [InlineData("{\"version\": 1, \"posts\": [{\"id\": \"a\", \"at\": \"soon\"}]}", ".sfd/notified.json: error: the notify state file has a bad entry 1 in \"posts\": \"at\" is not a date")]
    [InlineData("{\"version\": 1, \"posts\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", ".sfd/notified.json: error: the notify state file lists the post a twice")]
    public void A_malformed_file_is_an_error_that_says_what_is_wrong_and_what_to_do(string text, string expected)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File())!);
        System.IO.File.WriteAllText(File(), text);
        var bag = new DiagnosticBag();

        Assert.Null(new NotifyStateStore(File(), ".sfd/notified.json").Load(bag));

        var error = Assert.Single(bag.Sorted()).ToString();
        Assert.StartsWith(expected, error);
        Assert.EndsWith("delete it: the next run then records every published post as announced without sending anything", error);
        Assert.DoesNotContain("LineNumber", error);
    }
}
