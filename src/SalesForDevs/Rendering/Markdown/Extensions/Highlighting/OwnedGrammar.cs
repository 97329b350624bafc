using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Types;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// A grammar read afresh for one registry. TextMateSharp deep-copies every grammar it starts to compile, so that the
/// rule ids and the $self and $base entries it writes into the copy never reach the caller's object; for a grammar that
/// was just read from its file and that nothing else holds, the copy is waste, and it was most of loading a grammar
/// (C#: three quarters of the first block's time, perf on a native build). The first copy asked for is therefore this
/// object itself. Any later one (a grammar that includes its own scope by name) is the grammar read again from its
/// file: the same as a copy of the untouched original, which this object no longer is.
/// </summary>
internal sealed class OwnedGrammar : Raw, IRawGrammar
{
    private readonly Func<Raw> _readAgain;
    private bool _handedOut;

    public OwnedGrammar(Raw read, Func<Raw> readAgain)
    {
        _readAgain = readAgain;
        EnsureCapacity(read.Count);
        foreach (var (key, value) in read) this[key] = value;
    }

    IRawGrammar IRawGrammar.Clone()
    {
        if (_handedOut) return _readAgain();
        _handedOut = true;
        return this;
    }
}
