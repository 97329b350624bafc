using System.Security.Cryptography;
using System.Text;
using AnyAscii;

namespace SalesForDevs.Content;

/// <summary>
/// Makes URL slugs: lowercase ASCII letters and digits separated by single hyphens. Other scripts are transliterated
/// ("Café: the ask!" -> "cafe-the-ask", "Über Straße" -> "uber-strasse", "Привет" -> "privet"), and the names of
/// programming languages keep their meaning ("C#" -> "csharp", "C++" -> "cpp"), so that they do not share a page with "C".
/// </summary>
internal static class Slugifier
{
    public static string Slugify(string text)
    {
        // Most file names and tags are slugs already, and stay themselves.
        if (IsPlainSlug(text)) return text;
        var ascii = Transliteration.Transliterate(SpellSymbols(text));
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A tag's slug; a tag with nothing to transliterate (only symbols, such as "???") gets <c>tag-</c> and the first
    /// 8 hex digits of the SHA-256 of its <see cref="Identity"/>, stable across builds.
    /// </summary>
    public static string TagSlug(string name) => TermSlug(name, "tag");

    /// <summary>A term's slug, as <see cref="TagSlug"/> makes a tag's, with <paramref name="prefix"/> (category, topic) in place of "tag".</summary>
    public static string TermSlug(string name, string prefix)
    {
        var slug = Slugify(name);
        return slug.Length > 0 ? slug : prefix + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Identity(name))))[..8];
    }

    /// <summary>
    /// What makes two tags the same tag: transliterated, lowercase, with spaces, hyphens, underscores and dots dropped
    /// ("Sales Tips" = "sales-tips", "Café" = "cafe"). Symbols stay, so "C#" and "C" differ.
    /// </summary>
    public static string Identity(string name)
    {
        var ascii = Transliteration.Transliterate(name.Trim());
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '\'' or '\u2019') continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        // Text that transliterates to nothing (rare symbols) is its own identity.
        return builder.Length > 0 ? builder.ToString() : name.Trim().ToLowerInvariant();
    }

    /// <summary>"#" and "++" right after a letter or digit are spelled out: C# -> Csharp, F# -> Fsharp, C++ -> Cpp.</summary>
    private static string SpellSymbols(string text)
    {
        if (!text.Contains('#') && !text.Contains("++", StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            if (afterWord && text[i] == '#') builder.Append("sharp");
            else if (afterWord && text[i] == '+' && i + 1 < text.Length && text[i + 1] == '+') { builder.Append("pp"); i++; }
            else builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>Lowercase ASCII letters and digits in runs joined by single hyphens: what <see cref="Slugify"/> gives for it is itself.</summary>
    private static bool IsPlainSlug(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) continue;
            if (c != '-' || text[i - 1] == '-') return false;
        }
        return true;
    }

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug == Slugify(slug);
}
