using System.Text.RegularExpressions;

namespace SalesForDevs.Cli;

/// <summary>
/// Colors the words "error" and "warning" in printed lines, only when they go to a terminal that wants color
/// (not redirected, NO_COLOR unset, TERM not "dumb"). Anything else gets the plain text.
/// </summary>
internal sealed partial class TerminalColors(bool enabled)
{
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    public bool Enabled => enabled;

    /// <summary>Whether a writer is the real console stream, that stream is a terminal, and the environment allows color.</summary>
    public static bool Wanted(TextWriter writer, TextWriter console, bool redirected, Func<string, string?> environment) =>
        ReferenceEquals(writer, console) && !redirected
        && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";

    /// <summary>The line with its severity word ("path:1:2: error: ..." or "error: ...") colored.</summary>
    public string Highlight(string line)
    {
        if (!enabled) return line;
        var match = Severity().Match(line);
        if (!match.Success) return line;
        var word = match.Groups["word"];
        var color = word.Value == "error" ? Red : Yellow;
        return line[..word.Index] + color + word.Value + Reset + line[(word.Index + word.Length)..];
    }

    [GeneratedRegex("(?:^|: )(?<word>error|warning)(?=: )")]
    private static partial Regex Severity();
}
