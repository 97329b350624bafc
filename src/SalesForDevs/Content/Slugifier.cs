using System.Globalization;
using System.Text;

namespace SalesForDevs.Content;

/// <summary>Makes URL slugs: lowercase ASCII letters and digits separated by single hyphens ("Café: the ask!" -> "cafe-the-ask").</summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
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

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug == Slugify(slug);
}
