using System.Buffers;

namespace SalesForDevs.Rendering.Markdown;

/// <summary>Folds white space (<see cref="char.IsWhiteSpace(char)"/>, what regex <c>\s</c> matches) as excerpts and search text need it.</summary>
internal static class WhiteSpace
{
    /// <summary>The words of <paramref name="text"/> joined by single spaces, with nothing before or after: one string, none per word.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var length = FoldInto(text, buffer);
        var folded = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return folded;
    }

    /// <summary>Writes what <see cref="Fold(ReadOnlySpan{char})"/> gives into <paramref name="destination"/> (at least as long as the text) and returns its length.</summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) destination[length++] = ' ';
            destination[length++] = c;
            space = false;
        }
        return length;
    }

    /// <summary><see cref="Fold(ReadOnlySpan{char})"/>, returning <paramref name="text"/> itself when it is folded already.</summary>
    public static string Fold(string text) => IsFolded(text) ? text : Fold(text.AsSpan());

    private static bool IsFolded(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) return false;
        return true;
    }
}
