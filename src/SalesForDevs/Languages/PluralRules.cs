namespace SalesForDevs.Languages;

/// <summary>
/// Which plural form a count takes, after the CLDR's cardinal rules for whole numbers. Most languages (English,
/// German, Spanish, Dutch, …) say "one" for 1 and "other" otherwise; a few say "one" for 0 too, a few never change
/// the word. Languages with more forms (Polish, Russian, Arabic) fall back to one/other unless the file gives the
/// form sfd asks for; an i18n entry may always add <c>zero</c>, which wins for 0.
/// </summary>
internal static class PluralRules
{
    /// <summary>"one" for 0 and 1 (CLDR: French, Brazilian and European Portuguese on whole numbers, Hindi, …).</summary>
    private static readonly HashSet<string> OneIncludesZero = new(StringComparer.Ordinal) { "fr", "pt", "hi", "bn", "fa", "am", "zu", "kab", "hy", "ff" };

    /// <summary>Languages whose nouns do not change with the count.</summary>
    private static readonly HashSet<string> NoPlural = new(StringComparer.Ordinal) { "ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "my", "km" };

    /// <summary>"zero", "one" or "other" for <paramref name="count"/> in <paramref name="language"/>; "zero" only when <paramref name="hasZero"/>.</summary>
    public static string Form(string language, long count, bool hasZero)
    {
        if (count == 0 && hasZero) return "zero";
        var primary = LanguageTag.Primary(language);
        if (NoPlural.Contains(primary)) return "other";
        if (count == 1 || (count == 0 && OneIncludesZero.Contains(primary))) return "one";
        return "other";
    }
}
