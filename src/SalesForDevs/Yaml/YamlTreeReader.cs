using SalesForDevs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SalesForDevs.Yaml;

/// <summary>
/// Reads one YAML document into a small positioned tree with YamlDotNet's event parser.
/// We keep our own tree (rather than the serializer) because every error must name a line and column,
/// and a key given twice must be an error rather than a silent overwrite.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Deeper nesting than any real configuration; the tree is read recursively, so this keeps the stack safe.</summary>
    public const int MaxDepth = 64;

    /// <param name="text">The YAML text.</param>
    /// <param name="path">Site-relative path used in diagnostics.</param>
    /// <param name="lineOffset">Lines before the text in its file (front matter starts after the opening <c>---</c>).</param>
    /// <param name="diagnostics">Receives syntax errors and duplicate keys.</param>
    /// <returns>The root node, or null when the text is empty or could not be parsed.</returns>
    public static YamlNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics) =>
        // Most front matter is flat `key: value` lines, read without the parser; anything else is parsed.
        FlatMappingReader.TryRead(text, lineOffset) ?? Parse(text, path, lineOffset, diagnostics);

    /// <summary><see cref="Read"/> with YamlDotNet's parser, whatever the text's shape.</summary>
    internal static YamlNode? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, path, lineOffset, diagnostics, 0);
            parser.Consume<DocumentEnd>();
            return root;
        }
        catch (YamlException ex)
        {
            Report(ex.Message, (int)ex.Start.Line, (int)ex.Start.Column);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws plain exceptions on some broken input (an unclosed [ or { followed by
            // more lines); the scanner's position is where it gave up.
            var at = scanner.CurrentPosition;
            if (YamlSlipAdvisor.UnclosedBracket(text, (int)at.Line) is { } bracket)
                Report($"this {text.Split('\n')[bracket.Line - 1][bracket.Column - 1]} is never closed; close it on the same line (or quote the value)", bracket.Line, bracket.Column);
            else
                Report("the YAML stops making sense here; look above for a [, { or quote that is never closed", (int)at.Line, (int)at.Column);
            return null;
        }

        void Report(string parserMessage, int line, int column)
        {
            var (message, l, c) = YamlSlipAdvisor.Explain(parserMessage, text, Math.Max(1, line), Math.Max(1, column));
            diagnostics.Error("yaml", message, new SourceLocation(path, l + lineOffset, c));
        }
    }

    private static YamlNode ReadNode(IParser parser, string path, int lineOffset, DiagnosticBag diagnostics, int depth)
    {
        var ev = parser.Current ?? throw new YamlException("Unexpected end of YAML.");
        int line = (int)ev.Start.Line + lineOffset, column = (int)ev.Start.Column;
        if (depth > MaxDepth && ev is SequenceStart or MappingStart)
            throw new YamlException(ev.Start, ev.End, $"lists and mappings are nested more than {MaxDepth} deep here; flatten them.");
        switch (ev)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style is not ScalarStyle.Plain, line, column);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(parser, path, lineOffset, diagnostics, depth + 1));
                return new YamlSequence(items, line, column);
            }
            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<YamlEntry>();
                var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (ReadNode(parser, path, lineOffset, diagnostics, depth + 1) is not YamlScalar key)
                        throw new YamlException(ev.Start, ev.End, "Only plain keys are supported in a mapping.");
                    var value = ReadNode(parser, path, lineOffset, diagnostics, depth + 1);
                    if (seen.TryGetValue(key.Value, out var first))
                    {
                        diagnostics.Error("yaml-duplicate-key",
                            $"key `{key.Value}` is given twice (first at line {first.Line}); keep one of them",
                            new SourceLocation(path, key.Line, key.Column));
                        continue;
                    }
                    seen[key.Value] = key;
                    entries.Add(new YamlEntry(key, value));
                }
                return new YamlMapping(entries, line, column);
            }
            case AnchorAlias:
                throw new YamlException(ev.Start, ev.End, "YAML aliases (*name) are not supported here; write the value out.");
            default:
                throw new YamlException(ev.Start, ev.End, $"Unexpected YAML element {ev.GetType().Name}.");
        }
    }
}
