namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Reduces a token's TextMate scopes to one of a few short CSS classes, so the theme's two palettes (light and dark)
/// color every language alike: hl-c comment, hl-k keyword, hl-s string, hl-n number or constant, hl-f function,
/// hl-t type, hl-g tag, hl-a attribute, hl-o operator, hl-h heading, hl-i inserted, hl-d deleted.
/// </summary>
internal static class ScopeClasses
{
    // Checked in order against each scope, innermost scope first; the first prefix that matches wins.
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("comment", "hl-c"),
        ("markup.inserted", "hl-i"),
        ("markup.deleted", "hl-d"),
        ("meta.diff.header", "hl-h"),
        ("meta.diff.range", "hl-h"),
        ("markup.heading", "hl-h"),
        ("string", "hl-s"),
        ("constant.character.escape", "hl-s"),
        ("constant", "hl-n"),
        ("keyword.operator", "hl-o"),
        ("keyword", "hl-k"),
        ("storage", "hl-k"),
        ("variable.language", "hl-k"),
        ("entity.name.tag", "hl-g"),
        ("entity.other.attribute-name", "hl-a"),
        ("support.type.property-name", "hl-a"),
        ("entity.name.function", "hl-f"),
        ("support.function", "hl-f"),
        ("entity.name.type", "hl-t"),
        ("entity.name.class", "hl-t"),
        ("entity.other.inherited-class", "hl-t"),
        ("support.type", "hl-t"),
        ("support.class", "hl-t"),
    ];

    /// <summary>The class for a token, or null for plain text.</summary>
    public static string? For(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
            if (Decide(scopes[i]) is { Decided: true } decision) return decision.Class;
        return null;
    }

    /// <summary>
    /// What one scope says of a token's class: decided (a class, or null for plain text) or left to the scopes around it.
    /// The class of a stack of scopes is the first decision from the innermost scope out.
    /// </summary>
    public static (bool Decided, string? Class) Decide(string scope)
    {
        // A string's or comment's own punctuation belongs to it; other punctuation stays plain.
        if (scope.StartsWith("punctuation", StringComparison.Ordinal) && !scope.StartsWith("punctuation.definition", StringComparison.Ordinal)) return (true, null);
        foreach (var (prefix, cls) in Rules)
            if (scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
                return (true, cls);
        return (false, null);
    }
}
