using System.Text.RegularExpressions;

namespace SalesForDevs.Languages;

/// <summary>BCP 47 language tags as site.yml's <c>language</c> takes them: <c>en</c>, <c>de</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>.</summary>
internal static partial class LanguageTag
{
    /// <summary>A primary language of 2–3 letters, then subtags of 1–8 letters or digits (script, region, variant).</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool IsValid(string tag) => Shape().IsMatch(tag);

    /// <summary>The tag, then each shorter tag: <c>zh-Hant-TW</c>, <c>zh-Hant</c>, <c>zh</c>. Lookups try them in this order.</summary>
    public static IReadOnlyList<string> Chain(string tag)
    {
        var chain = new List<string> { tag };
        for (var dash = tag.LastIndexOf('-'); dash > 0; dash = tag.LastIndexOf('-', dash - 1))
            chain.Add(tag[..dash]);
        return chain;
    }

    /// <summary>The primary language, lower case: <c>pt</c> for <c>pt-BR</c>.</summary>
    public static string Primary(string tag) => (tag.IndexOf('-') is var dash and > 0 ? tag[..dash] : tag).ToLowerInvariant();
}
