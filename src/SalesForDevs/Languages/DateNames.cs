using System.Globalization;

namespace SalesForDevs.Languages;

/// <summary>
/// Builds the date names of a language from its i18n entries. The build runs with invariant globalization (no ICU,
/// fast start, the same output on every machine), so the names come from the files, not from the system.
/// </summary>
internal static class DateNames
{
    /// <summary>The list keys and how many names each must hold.</summary>
    public static readonly IReadOnlyDictionary<string, int> Lists = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["months"] = 12, ["months_short"] = 12, ["months_genitive"] = 12, ["days"] = 7, ["days_short"] = 7,
    };

    public static DateTimeFormatInfo Format(Translations strings)
    {
        var format = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        if (strings.Names("months") is { } months)
        {
            format.MonthNames = [.. months, ""];
            // "d MMMM" takes the genitive names; languages that decline month names (Polish, Russian) give them.
            format.MonthGenitiveNames = [.. strings.Names("months_genitive") ?? months, ""];
        }
        if (strings.Names("months_short") is { } shortMonths)
        {
            format.AbbreviatedMonthNames = [.. shortMonths, ""];
            format.AbbreviatedMonthGenitiveNames = [.. shortMonths, ""];
        }
        if (strings.Names("days") is { } days) format.DayNames = [.. days];
        if (strings.Names("days_short") is { } shortDays) format.AbbreviatedDayNames = [.. shortDays];
        return DateTimeFormatInfo.ReadOnly(format);
    }
}
