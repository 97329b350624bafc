using System.Buffers;
using SalesForDevs.Languages;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// A page's index terms: each distinct term of its text once, in order of first occurrence, at most
/// <see cref="MaxTerms"/>. The same terms <see cref="SearchTokenizer.Terms"/> gives, read from a span without a string
/// per word: each thread remembers what every word it met became (a term, or nothing for a stop word), so a word is
/// lower-cased into a reused buffer and looked up, and is stemmed and made a string only the first time.
/// </summary>
internal sealed class SearchTerms
{
    /// <summary>A long post's tail adds few new words; past this many distinct terms the rest is left out.</summary>
    public const int MaxTerms = 2000;

    // Words of every language seen on this thread are few (tens of thousands); the bound keeps a huge site's from growing without end.
    private const int MaxRemembered = 200_000;

    [ThreadStatic] private static SearchTerms? t_instance;

    private readonly Dictionary<string, string?> _termOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<char> _joined = new(1024);
    private char[] _word = new char[64];
    private SearchWords? _words;

    private SearchTerms() => _lookup = _termOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms, in order.</summary>
    public static List<string> Of(ReadOnlySpan<char> text, SearchWords words)
    {
        var terms = new List<string>();
        For(words).Collect(text, terms.Add);
        return terms;
    }

    /// <summary>The terms joined by single spaces, as the index stores them; valid until the thread's next call.</summary>
    public static ReadOnlySpan<char> Joined(ReadOnlySpan<char> text, SearchWords words)
    {
        var terms = For(words);
        var joined = terms._joined;
        joined.ResetWrittenCount();
        terms.Collect(text, term =>
        {
            if (joined.WrittenCount > 0) joined.Write(" ");
            joined.Write(term);
        });
        return joined.WrittenSpan;
    }

    private static SearchTerms For(SearchWords words)
    {
        var terms = t_instance ??= new SearchTerms();
        if (!ReferenceEquals(terms._words, words) || terms._termOfWord.Count > MaxRemembered)
        {
            terms._termOfWord.Clear();
            terms._words = words;
        }
        return terms;
    }

    /// <summary>Splits as <see cref="SearchTokenizer.Words"/> does: runs of letters and digits, an apostrophe before a letter inside a word skipped.</summary>
    private void Collect(ReadOnlySpan<char> text, Action<string> add)
    {
        _seen.Clear();
        var length = 0;
        for (var i = 0; i < text.Length && _seen.Count < MaxTerms; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (length == _word.Length) Array.Resize(ref _word, _word.Length * 2);
                _word[length++] = char.ToLowerInvariant(c);
            }
            else if ((c is '\'' or '’') && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])) continue;
            else if (length > 0)
            {
                Add(_word.AsSpan(0, length), add);
                length = 0;
            }
        }
        if (length > 0 && _seen.Count < MaxTerms) Add(_word.AsSpan(0, length), add);
    }

    private void Add(ReadOnlySpan<char> word, Action<string> add)
    {
        if (!_lookup.TryGetValue(word, out var term))
        {
            var text = word.ToString();
            term = _words!.IsStop(text) ? null : _words.Stem(text);
            _termOfWord[text] = term;
        }
        if (term is not null && _seen.Add(term)) add(term);
    }
}
