using System.Text.Json;
using TextMateSharp.Internal.Grammars.Parser;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Reads a TextMate grammar file (JSON) into the raw form TextMateSharp compiles: an object becomes a <see cref="Raw"/>,
/// an array a list, a string itself. TextMateSharp's own reader builds a JSON tree first and then converts it, which was
/// about a third of a small site's build with code (perf, native build); this reads the bytes once. A test checks that
/// both readers give the same structure for every bundled grammar.
/// </summary>
internal static class GrammarJsonReader
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    // The keys every grammar repeats thousands of times, shared instead of allocated once per use.
    private static readonly string[] CommonKeys =
    [
        "name", "match", "begin", "end", "while", "patterns", "include", "captures", "beginCaptures", "endCaptures",
        "whileCaptures", "contentName", "repository", "applyEndPatternLast", "scopeName", "injections", "injectionSelector",
        "fileTypes", "firstLineMatch",
    ];

    public static Raw Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a grammar file holds one JSON object");
        return ReadObject(ref reader, new Pending());
    }

    // Members and items wait here until their object or array ends, so that each dictionary and list is allocated once at
    // its final size: a grammar is thousands of small objects, and growing them step by step left the outgrown arrays behind.
    private sealed class Pending
    {
        public readonly List<KeyValuePair<string, object>> Members = [];
        public readonly List<object> Items = [];
    }

    private static Raw ReadObject(ref Utf8JsonReader reader, Pending pending)
    {
        var first = pending.Members.Count;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = Key(ref reader);
            reader.Read();
            if (ReadValue(ref reader, pending) is { } value) pending.Members.Add(new(key, value));
        }
        var raw = new Raw();
        raw.EnsureCapacity(pending.Members.Count - first);
        for (var i = first; i < pending.Members.Count; i++) raw[pending.Members[i].Key] = pending.Members[i].Value;
        pending.Members.RemoveRange(first, pending.Members.Count - first);
        return raw;
    }

    private static List<object> ReadArray(ref Utf8JsonReader reader, Pending pending)
    {
        var first = pending.Items.Count;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            if (ReadValue(ref reader, pending) is { } value) pending.Items.Add(value);
        var list = new List<object>(pending.Items.Count - first);
        for (var i = first; i < pending.Items.Count; i++) list.Add(pending.Items[i]);
        pending.Items.RemoveRange(first, pending.Items.Count - first);
        return list;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Pending pending)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: return ReadObject(ref reader, pending);
            case JsonTokenType.StartArray: return ReadArray(ref reader, pending);
            case JsonTokenType.String: return reader.GetString();
            default: return null;
        }
    }

    private static string Key(ref Utf8JsonReader reader)
    {
        foreach (var key in CommonKeys)
            if (reader.ValueTextEquals(key)) return key;
        return reader.GetString()!;
    }
}
