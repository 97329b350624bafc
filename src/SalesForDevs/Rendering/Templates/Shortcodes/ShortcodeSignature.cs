using System.Text.RegularExpressions;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>
/// What a shortcode accepts, declared in the comment that opens its template:
/// <code>
/// {{##
/// figure: an image with a caption.
/// args: src, alt, caption?, title?
/// body: none
/// ##}}
/// </code>
/// <c>args</c> lists the arguments in positional order, optional ones marked <c>?</c> after the required ones;
/// <c>body: markdown</c> makes it a shortcode with a body (<c>{{% name %}}…{{% /name %}}</c>), <c>body: none</c>
/// (the default) one without (<c>{{&lt; name &gt;}}</c>). Other lines of the comment are free text.
/// </summary>
internal sealed partial record ShortcodeSignature(IReadOnlyList<ShortcodeParameter> Parameters, bool Body)
{
    public static ShortcodeSignature None { get; } = new([], false);

    public ShortcodeParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>Reads the opening comment of <paramref name="source"/>; errors name the template's file, line and column.</summary>
    public static ShortcodeSignature Read(string source, string displayPath, DiagnosticBag diagnostics)
    {
        var header = Header().Match(source);
        if (!header.Success) return None;
        var parameters = new List<ShortcodeParameter>();
        var body = false;
        var lineNumber = source[..header.Groups[1].Index].Count(c => c == '\n') + 1;
        // The comment's first line starts after "{{##" on the file's line.
        var indent = header.Groups[1].Index - (source.LastIndexOf('\n', header.Groups[1].Index - 1) + 1);
        foreach (var line in header.Groups[1].Value.Split('\n'))
        {
            var lineIndent = indent;
            var at = (int column) => new SourceLocation(displayPath, lineNumber, lineIndent + column + 1);
            if (ArgsLine().Match(line) is { Success: true } args)
            {
                var optionalSeen = false;
                foreach (Match item in Word().Matches(args.Groups[1].Value))
                {
                    var name = item.Value.TrimEnd('?');
                    var optional = item.Value.EndsWith('?');
                    var column = args.Groups[1].Index + item.Index;
                    if (!ParameterName().IsMatch(name))
                        diagnostics.Error("shortcode-signature", $"`{item.Value}` is not an argument name: use letters, digits and '_', starting with a letter, and '?' after an optional one", at(column));
                    else if (parameters.Any(p => p.Name == name))
                        diagnostics.Error("shortcode-signature", $"argument `{name}` is listed twice", at(column));
                    else if (!optional && optionalSeen)
                        diagnostics.Error("shortcode-signature", $"required argument `{name}` comes after an optional one; list required arguments first, so positional calls fill them in order", at(column));
                    else parameters.Add(new ShortcodeParameter(name, !optional));
                    optionalSeen |= optional;
                }
            }
            else if (BodyLine().Match(line) is { Success: true } bodyLine)
            {
                var value = bodyLine.Groups[1].Value;
                if (value is "markdown" or "none") body = value == "markdown";
                else diagnostics.Error("shortcode-signature", $"body: `{value}` is not known; write body: markdown (the shortcode takes a body) or body: none", at(bodyLine.Groups[1].Index));
            }
            lineNumber++;
            indent = 0;
        }
        return new ShortcodeSignature(parameters, body);
    }

    /// <summary>The arguments as a reader sees them: "src, alt, caption (optional)".</summary>
    public string Describe() => Parameters.Count == 0 ? "no arguments"
        : string.Join(", ", Parameters.Select(p => p.Required ? p.Name : p.Name + " (optional)"));

    [GeneratedRegex(@"\A\uFEFF?\s*\{\{-?##(.*?)##-?\}\}", RegexOptions.Singleline)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s*args\s*:(.*)$")]
    private static partial Regex ArgsLine();

    [GeneratedRegex(@"[^,\s]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*body\s*:\s*(\S*)\s*$")]
    private static partial Regex BodyLine();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();
}

/// <summary>One declared argument of a shortcode.</summary>
internal sealed record ShortcodeParameter(string Name, bool Required);
