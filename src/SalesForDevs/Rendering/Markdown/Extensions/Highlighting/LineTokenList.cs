namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>A token of a line: where it starts and ends (in chars) and its scopes.</summary>
internal readonly record struct LineToken(int Start, int End, ScopeNode Scopes);

/// <summary>
/// The tokens of one line as the tokenizer produces them, in a buffer reused line after line. A token ends where the
/// scopes change; a position at or before the last token's end produces nothing.
/// </summary>
internal sealed class LineTokenList
{
    private LineToken[] _tokens = new LineToken[64];
    private int _lastEnd;

    public int Count { get; private set; }

    public ReadOnlySpan<LineToken> Tokens => _tokens.AsSpan(0, Count);

    public void Clear()
    {
        Count = 0;
        _lastEnd = 0;
    }

    public void Produce(ScopeNode scopes, int end)
    {
        if (_lastEnd >= end) return;
        if (Count == _tokens.Length) Array.Resize(ref _tokens, Count * 2);
        _tokens[Count++] = new LineToken(Math.Max(_lastEnd, 0), end, scopes);
        _lastEnd = end;
    }

    /// <summary>
    /// Ends the line of <paramref name="length"/> chars (its final newline included): a token of the newline alone is
    /// dropped, and a line left with no token gets one of the scopes it ends in.
    /// </summary>
    public void Finish(ScopeNode endScopes, int length)
    {
        if (Count > 0 && _tokens[Count - 1].Start == length - 1) Count--;
        if (Count > 0) return;
        _lastEnd = -1;
        Produce(endScopes, length);
    }
}
