namespace SalesForDevs.Yaml;

/// <summary>
/// Turns YamlDotNet's parser messages into advice for the slips authors make most:
/// an unquoted value containing ": ", a tab used for indentation. The raw message stays at the end.
/// </summary>
internal static class YamlSlipAdvisor
{
    /// <returns>The message, and the 1-based line (within <paramref name="text"/>) and column it should point at.</returns>
    public static (string Message, int Line, int Column) Explain(string parserMessage, string text, int line, int column)
    {
        var lines = text.Split('\n');
        // A tab in the indentation confuses the parser far from the slip, so look for one anywhere first.
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indent].Contains('\t'))
                return ($"a tab is used for indentation; YAML allows only spaces. Replace the tab with spaces ({Trim(parserMessage)})", i + 1, lines[i].IndexOf('\t') + 1);
        }
        // YamlDotNet often reports the error on the line after the slip, so look at both.
        foreach (var candidate in new[] { line, line - 1 })
        {
            if (candidate < 1 || candidate > lines.Length) continue;
            var source = lines[candidate - 1].TrimEnd('\r');
            var colon = source.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                var value = source[(colon + 2)..].Trim();
                if (value.Length > 0 && value[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && value.Contains(": "))
                {
                    var key = source[..colon].Trim();
                    var quoted = value.Replace("\"", "\\\"");
                    return ($"the value of `{key}` contains \": \", which YAML reads as a new key. Quote it: {key}: \"{quoted}\" ({Trim(parserMessage)})", candidate, colon + 3);
                }
            }
        }
        return ($"invalid YAML: {Trim(parserMessage)}", line, column);
    }

    private static string Trim(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 7, Idx: 40) - (Line: ...): "; our location already says that.
        var end = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (end >= 0 ? message[(end + 3)..] : message).Trim();
    }

    /// <summary>
    /// The 1-based line and column of the first [ or { that is still open where the parser gave up, skipping quoted
    /// text and comments; null when every bracket before it is closed.
    /// </summary>
    public static (int Line, int Column)? UnclosedBracket(string text, int stopLine)
    {
        var open = new Stack<(int Line, int Column)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && i < stopLine; i++)
        {
            var quote = '\0';
            var line = lines[i];
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
                if (c is '"' or '\'' && (j == 0 || line[j - 1] is ' ' or '[' or '{' or ',' or ':')) quote = c;
                else if (c == '#' && (j == 0 || line[j - 1] == ' ')) break;
                else if (c is '[' or '{') open.Push((i + 1, j + 1));
                else if (c is ']' or '}' && open.Count > 0) open.Pop();
            }
        }
        return open.Count == 0 ? null : open.Last();
    }
}
