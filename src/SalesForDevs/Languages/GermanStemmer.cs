using System.Text;

namespace SalesForDevs.Languages;

/// <summary>
/// A light German stemmer for search, after the idea of CISTEM (Weissweiler and Fraser, 2017): umlauts and ß folded,
/// then endings (-em, -er, -nd on longer words; -t; -e, -s, -n) taken off one at a time while more than three letters
/// stay, so "Beitrag", "Beiträge" and "Beiträgen" meet at "beitrag". "sch", "ei", "ie" and a doubled letter
/// count as one letter while stripping, so "Prozess" keeps its "ss" and "Partie" its "ie". The search script repeats it
/// exactly (themes/default/assets/js/search.js, stemGerman): change both together.
/// </summary>
internal static class GermanStemmer
{
    public static string Stem(string word)
    {
        // Stand-ins for the letter groups that count as one; none of them can be part of a word (words are letters and digits).
        var w = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ä': w.Append('a'); break;
                case 'ö': w.Append('o'); break;
                case 'ü': w.Append('u'); break;
                case 'ß': w.Append("ss"); break;
                default: w.Append(c); break;
            }
        }
        w.Replace("sch", "$").Replace("ei", "%").Replace("ie", "&");
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == w[i - 1])
            {
                w[i] = '*';
                i++;
            }
        }

        while (w.Length > 3)
        {
            if (w.Length > 5 && (EndsWith(w, "em") || EndsWith(w, "er") || EndsWith(w, "nd")))
            {
                w.Length -= 2;
                continue;
            }
            if (w[^1] is 't' or 'e' or 's' or 'n')
            {
                w.Length -= 1;
                continue;
            }
            break;
        }

        var stem = new StringBuilder(w.Length + 4);
        for (var i = 0; i < w.Length; i++)
        {
            // A doubled letter's second half repeats the first, whatever group it stands for.
            switch (w[i] == '*' ? w[i - 1] : w[i])
            {
                case '$': stem.Append("sch"); break;
                case '%': stem.Append("ei"); break;
                case '&': stem.Append("ie"); break;
                case var c: stem.Append(c); break;
            }
        }
        return stem.ToString();
    }

    private static bool EndsWith(StringBuilder w, string end) => w[^2] == end[0] && w[^1] == end[1];
}
