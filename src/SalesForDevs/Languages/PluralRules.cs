namespace SalesForDevs.Languages;

/// <summary>
/// Which plural form a count takes: the CLDR's cardinal rules for whole numbers (counts of posts, parts, minutes), with
/// the forms <c>zero one two few many other</c>. Most languages (English, German, Dutch, Swedish, …) say "one" for 1 and
/// "other" otherwise; the rules below cover the languages that split further. A form an i18n entry leaves out falls back
/// to its "other" (see <see cref="Translations"/>), and an entry may always add <c>zero</c>, which wins for 0 in any
/// language.
/// </summary>
internal static class PluralRules
{
    /// <summary>The forms, in CLDR's order.</summary>
    public static readonly IReadOnlyList<string> Forms = ["zero", "one", "two", "few", "many", "other"];

    private const string Zero = "zero", One = "one", Two = "two", Few = "few", Many = "many", Other = "other";

    /// <summary>The rule of each primary language that has one other than "one for 1"; keyed by the primary subtag.</summary>
    private static readonly Dictionary<string, Func<long, string>> Rules = Build();

    /// <summary>The form <paramref name="count"/> takes in <paramref name="language"/>; "zero" for 0 whenever <paramref name="hasZero"/>.</summary>
    public static string Form(string language, long count, bool hasZero)
    {
        if (count == 0 && hasZero) return Zero;
        // CLDR's rules read the absolute value; a negative count is read as its size.
        var n = count == long.MinValue ? long.MaxValue : Math.Abs(count);
        if (IsEuropeanPortuguese(language)) return n == 1 ? One : Millions(n);
        return Rules.TryGetValue(LanguageTag.Primary(language), out var rule) ? rule(n) : n == 1 ? One : Other;
    }

    private static bool IsEuropeanPortuguese(string language) =>
        LanguageTag.Primary(language) == "pt" && LanguageTag.Chain(language).Any(t => string.Equals(t, "pt-PT", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, Func<long, string>> Build()
    {
        var rules = new Dictionary<string, Func<long, string>>(StringComparer.Ordinal);
        void Add(Func<long, string> rule, params string[] languages)
        {
            foreach (var language in languages) rules.Add(language, rule);
        }

        // No plural forms at all.
        Add(_ => Other, "ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "my", "km", "yue", "jv", "su", "bo", "dz", "ig", "yo", "sah", "to", "wo");
        // "one" for 0 and 1.
        Add(n => n <= 1 ? One : Other, "hi", "bn", "fa", "am", "zu", "kn", "gu", "as", "kab", "hy", "ff", "ln", "ti", "pa", "si");
        // French, Portuguese (Brazil): 0 and 1 are "one"; exact millions take "many" ("de" in French: un million de …).
        Add(n => n <= 1 ? One : Millions(n), "fr", "pt");
        // Spanish, Italian, Catalan: 1 is "one"; exact millions take "many".
        Add(n => n == 1 ? One : Millions(n), "es", "it", "ca");
        // Russian, Ukrainian, Belarusian: 1, 21, 31 … one; 2–4, 22–24 … few; 0, 5–20, 25–30 … many.
        Add(EastSlavic, "ru", "uk", "be");
        // Polish: 1 one; 2–4, 22–24 … few; everything else, 0 and 21 included, many.
        Add(n => n == 1 ? One : Mod(n, 10) is >= 2 and <= 4 && Mod(n, 100) is not (>= 12 and <= 14) ? Few : Many, "pl");
        // Czech, Slovak: 1 one; 2–4 few; the many form is for fractions only.
        Add(n => n == 1 ? One : n is >= 2 and <= 4 ? Few : Other, "cs", "sk");
        // Croatian, Serbian, Bosnian: as Russian, but 0, 5–20 … take other.
        Add(n => Mod(n, 10) == 1 && Mod(n, 100) != 11 ? One
            : Mod(n, 10) is >= 2 and <= 4 && Mod(n, 100) is not (>= 12 and <= 14) ? Few : Other, "hr", "sr", "bs", "sh");
        // Slovenian: by the last two digits: 01 one, 02 two, 03–04 few.
        Add(n => Mod(n, 100) switch { 1 => One, 2 => Two, 3 or 4 => Few, _ => Other }, "sl");
        // Lithuanian: 1, 21 … one; 2–9, 22–29 … few; 10–20, 30 … other (many is for fractions).
        Add(n => Mod(n, 100) is >= 11 and <= 19 ? Other : Mod(n, 10) == 1 ? One : Mod(n, 10) >= 2 ? Few : Other, "lt");
        // Latvian: 0, 10–20, 30 … zero; 1, 21, 31 … one.
        Add(n => Mod(n, 10) == 0 || Mod(n, 100) is >= 11 and <= 19 ? Zero : Mod(n, 10) == 1 ? One : Other, "lv");
        // Romanian: 1 one; 0 and 2–19, 101–119 … few; 20–100 … other.
        Add(n => n == 1 ? One : n == 0 || Mod(n, 100) is >= 1 and <= 19 ? Few : Other, "ro", "mo");
        // Arabic: 0 zero, 1 one, 2 two; 3–10, 103–110 … few; 11–99, 111–199 … many; 100–102 … other.
        Add(n => n switch { 0 => Zero, 1 => One, 2 => Two, _ => Mod(n, 100) switch { >= 3 and <= 10 => Few, >= 11 => Many, _ => Other } }, "ar", "ars");
        // Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many.
        Add(n => n switch { 0 => Zero, 1 => One, 2 => Two, 3 => Few, 6 => Many, _ => Other }, "cy");
        // Irish: 1 one, 2 two, 3–6 few, 7–10 many.
        Add(n => n switch { 1 => One, 2 => Two, >= 3 and <= 6 => Few, >= 7 and <= 10 => Many, _ => Other }, "ga");
        // Scottish Gaelic: 1 and 11 one, 2 and 12 two, 3–10 and 13–19 few.
        Add(n => n switch { 1 or 11 => One, 2 or 12 => Two, >= 3 and <= 19 => Few, _ => Other }, "gd");
        // Hebrew: 1 one, 2 two.
        Add(n => n switch { 1 => One, 2 => Two, _ => Other }, "he", "iw");
        // Maltese: 1 one, 2 two; 0 and 3–10, 103–110 … few; 11–19, 111–119 … many.
        Add(n => n switch { 1 => One, 2 => Two, 0 => Few, _ => Mod(n, 100) switch { >= 3 and <= 10 => Few, >= 11 and <= 19 => Many, _ => Other } }, "mt");
        // Macedonian: 1, 11, 21 … one, except 11.
        Add(n => Mod(n, 10) == 1 && Mod(n, 100) != 11 ? One : Other, "mk", "is");
        // Breton: by the last digits, with the teens and the 70s and 90s set apart.
        Add(Breton, "br");
        // Filipino: one for whole numbers not ending in 4, 6 or 9.
        Add(n => Mod(n, 10) is 4 or 6 or 9 ? Other : One, "fil", "tl");
        return rules;
    }

    private static string EastSlavic(long n) =>
        Mod(n, 10) == 1 && Mod(n, 100) != 11 ? One
        : Mod(n, 10) is >= 2 and <= 4 && Mod(n, 100) is not (>= 12 and <= 14) ? Few
        : Many;

    private static string Breton(long n)
    {
        var tens = Mod(n, 100);
        if (Mod(n, 10) == 1 && tens is not (11 or 71 or 91)) return One;
        if (Mod(n, 10) == 2 && tens is not (12 or 72 or 92)) return Two;
        if (Mod(n, 10) is 3 or 4 or 9 && tens is not ((>= 10 and <= 19) or (>= 70 and <= 79) or (>= 90 and <= 99))) return Few;
        return n != 0 && n % 1_000_000 == 0 ? Many : Other;
    }

    /// <summary>"many" for an exact number of millions (1,000,000, 2,000,000 …), the rule French, Spanish, Italian and Portuguese share.</summary>
    private static string Millions(long n) => n != 0 && n % 1_000_000 == 0 ? Many : Other;

    private static long Mod(long n, long by) => n % by;
}
