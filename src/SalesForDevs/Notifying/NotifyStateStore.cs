using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Notifying;

/// <summary>
/// Reads and writes the notify state file (JSON). Writes go to a temporary file beside it that is then renamed over
/// it, so a crash mid-write leaves the previous state whole, never a truncated file.
/// </summary>
/// <example>
/// <code>
/// { "version": 1, "posts": [ { "id": "tag:example.com,2026-01-12:/a", "url": "https://example.com/a/", "title": "A",
///   "at": "2026-01-12T10:00:00+00:00", "sent": ["webhook", "email"] } ] }
/// </code>
/// </example>
internal sealed partial class NotifyStateStore(string path, string displayPath)
{
    public string Path => path;

    /// <summary>The path as the user wrote it in site.yml, for messages.</summary>
    public string DisplayPath => displayPath;

    public bool Exists => File.Exists(path);

    /// <summary>The state, or <see cref="NotifyState.Empty"/> when there is no file; a file that cannot be read is a diagnostic, not a guess.</summary>
    public NotifyState? Load(DiagnosticBag diagnostics)
    {
        if (Directory.Exists(path))
        {
            diagnostics.Error("bad-state", $"the notify state path {displayPath} is a folder; notify.state in site.yml must name a file (the default is .sfd/notified.json)",
                new SourceLocation(displayPath));
            return null;
        }
        if (!File.Exists(path)) return NotifyState.Empty;
        try
        {
            var bytes = File.ReadAllBytes(path);
            // Editors on Windows may save it with a byte order mark, which the JSON reader refuses.
            var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, diagnostics);
        }
        catch (JsonException ex)
        {
            var at = ex.LineNumber is { } line ? new SourceLocation(displayPath, (int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1) : new SourceLocation(displayPath);
            diagnostics.Error("bad-state", $"the notify state file is not valid JSON ({JsonPosition().Replace(ex.Message, "").Trim()}); {Advice}", at);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("bad-state", $"the notify state file cannot be read: {ex.Message}", new SourceLocation(displayPath));
            return null;
        }
    }

    private const string Advice = "fix it by hand, or delete it: the next run then records every published post as announced without sending anything";

    private NotifyState? Read(JsonElement root, DiagnosticBag diagnostics)
    {
        void Bad(string message) => diagnostics.Error("bad-state", $"the notify state file {message}; {Advice}", new SourceLocation(displayPath));

        if (root.ValueKind != JsonValueKind.Object) { Bad("must hold a JSON object with \"version\" and \"posts\""); return null; }
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
        {
            Bad("has no \"version\" number"); return null;
        }
        if (v != NotifyState.Version) { Bad($"has version {v}, but this sfd reads version {NotifyState.Version}"); return null; }
        if (!root.TryGetProperty("posts", out var posts) || posts.ValueKind != JsonValueKind.Array) { Bad("has no \"posts\" list"); return null; }

        var list = new List<NotifiedPost>();
        var index = 0;
        foreach (var item in posts.EnumerateArray())
        {
            index++;
            var post = ReadPost(item, out var problem);
            if (post is null) { Bad($"has a bad entry {index} in \"posts\": {problem}"); return null; }
            if (list.Exists(p => p.Id == post.Id)) { Bad($"lists the post {post.Id} twice"); return null; }
            list.Add(post);
        }
        return new NotifyState(list);
    }

    private static NotifiedPost? ReadPost(JsonElement item, out string problem)
    {
        problem = "";
        if (item.ValueKind != JsonValueKind.Object) { problem = "it is not an object"; return null; }
        string? Text(string name) => item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        List<string>? Names(string name)
        {
            if (!item.TryGetProperty(name, out var p)) return [];
            if (p.ValueKind != JsonValueKind.Array || p.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String)) return null;
            return p.EnumerateArray().Select(x => x.GetString()!).ToList();
        }

        var id = Text("id");
        if (string.IsNullOrWhiteSpace(id)) { problem = "\"id\" is missing"; return null; }
        var at = DateTimeOffset.MinValue;
        if (Text("at") is { } atText && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out at))
        {
            problem = $"\"at\" is not a date: \"{atText}\""; return null;
        }
        var sent = Names("sent");
        var pending = Names("pending");
        if (sent is null || pending is null) { problem = "\"sent\" and \"pending\" must be lists of channel names"; return null; }
        return new NotifiedPost(id, Text("url") ?? "", Text("title") ?? "", at, sent, pending);
    }

    /// <summary>Writes the whole state: temporary file, flushed to disk, then renamed over the old one.</summary>
    /// <exception cref="NotifyException">The file could not be written (a full disk, no permission).</exception>
    public void Save(NotifyState state)
    {
        try
        {
            Write(state);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotifyException($"cannot write the notify state file {displayPath}: {ex.Message}");
        }
    }

    private void Write(NotifyState state)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                Write(stream, state);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static void Write(Stream stream, NotifyState state)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", NotifyState.Version);
        json.WriteStartArray("posts");
        foreach (var post in state.Posts)
        {
            json.WriteStartObject();
            json.WriteString("id", post.Id);
            json.WriteString("url", post.Url);
            json.WriteString("title", post.Title);
            json.WriteString("at", post.At.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteStartArray("sent");
            foreach (var channel in post.Sent) json.WriteStringValue(channel);
            json.WriteEndArray();
            if (post.Pending.Count > 0)
            {
                json.WriteStartArray("pending");
                foreach (var channel in post.Pending) json.WriteStringValue(channel);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex JsonPosition();
}
