using System.Text;

namespace SalesForDevs.Outputs.Search;

/// <summary>
/// A page's text with every white-space-separated chunk after its first occurrence left out. The index keeps each
/// term once, in order of first occurrence, and a tokenizer that never reads across white space finds in this text
/// the same terms in the same order; most of a page's words are repeats, so the tokenizer makes far fewer strings.
/// </summary>
internal sealed class DistinctChunks
{
    [ThreadStatic] private static DistinctChunks? t_instance;

    private readonly RangeComparer _comparer = new();
    private readonly HashSet<(int Start, int Length)> _seen;
    private readonly StringBuilder _kept = new();

    private DistinctChunks() => _seen = new HashSet<(int, int)>(_comparer);

    public static string Of(string text) => (t_instance ??= new DistinctChunks()).Reduce(text);

    private string Reduce(string text)
    {
        _comparer.Text = text;
        _seen.Clear();
        _kept.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start || !_seen.Add((start, i - start))) continue;
            if (_kept.Length > 0) _kept.Append(' ');
            _kept.Append(text, start, i - start);
        }
        _comparer.Text = "";
        var kept = _kept.ToString();
        if (_kept.Capacity > 1 << 20) _kept.Capacity = 1 << 16;
        return kept;
    }

    /// <summary>Compares chunks of the current text by their characters.</summary>
    private sealed class RangeComparer : IEqualityComparer<(int Start, int Length)>
    {
        public string Text { get; set; } = "";

        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            Text.AsSpan(x.Start, x.Length).SequenceEqual(Text.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) range) => string.GetHashCode(Text.AsSpan(range.Start, range.Length), StringComparison.Ordinal);
    }
}
