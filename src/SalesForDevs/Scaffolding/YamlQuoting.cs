using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesForDevs.Scaffolding;

/// <summary>Writes strings as YAML scalars that read back as the same text, whatever quotes, colons or '#' they hold.</summary>
internal static partial class YamlQuoting
{
    /// <summary>A double-quoted scalar; backslash escapes keep quotes, backslashes and control characters intact.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Plain when the text is a simple word (slugs, series keys) that YAML cannot read as anything else; quoted otherwise.</summary>
    public static string Plain(string text) =>
        SimpleWord().IsMatch(text) && !Reserved.Contains(text.ToLowerInvariant()) ? text : Quote(text);

    private static readonly HashSet<string> Reserved = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SimpleWord();
}
