using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// A language's own grammar with every grammar it embeds replaced by a stub. TextMateSharp compiles the whole rule graph
/// reachable from a grammar, embedded grammars included, before the first line: the shell grammar's here-documents reach
/// Ruby, Python, Markdown and through Markdown's fences some fifty grammars (about 40 MB allocated, most of a small
/// site's first build), although shell code rarely contains a here-document in another language.
/// <para>
/// Each stub is one rule that matches any character and never ends, scoped <see cref="Sentinel"/>. Where the tokenizer
/// could enter an embedded grammar, the stub is one of the patterns it tries, in the embedded grammar's place: if the
/// stub does not win, a pattern before it matched at the same position or earlier, and the full grammar picks that
/// same pattern (its embedded patterns sit where the stub sits, and match no earlier than the position tried); if the
/// stub wins, every later token of the block carries the sentinel scope (the stub never ends), except a match on the
/// line's final newline, whose token TextMate drops in both grammars. So a block whose tokens never carry the sentinel
/// tokenizes exactly as with the full grammar, and a block whose tokens do is highlighted again with the full grammar
/// (<see cref="LanguageGrammars"/>).
/// </para>
/// Not thread-safe, like the registry that calls it.
/// </summary>
internal sealed class EmbeddedGrammarStubs(BundledGrammars grammars, string ownScope) : IRegistryOptions
{
    /// <summary>The scope of every token the tokenizer produced inside a stub.</summary>
    public const string Sentinel = "sfd-embedded-grammar-not-loaded";

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Whether the own grammar embeds any grammar (a stub was handed out): if not, it is the full grammar.</summary>
    public bool StubbedAny { get; private set; }

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (scopeName == ownScope)
        {
            var own = grammars.GetGrammar(scopeName);
            if (own is not null) CollectReferencedNames((Raw)own);
            return own;
        }
        // A scope with no grammar stays missing, as in the full grammar, where such an include is skipped.
        if (!grammars.Has(scopeName)) return null;
        StubbedAny = true;
        return Stub(scopeName);
    }

    public ICollection<string>? GetInjections(string scopeName) => grammars.GetInjections(scopeName);

    public IRawTheme? GetTheme(string scopeName) => grammars.GetTheme(scopeName);

    public IRawTheme GetDefaultTheme() => grammars.GetDefaultTheme();

    // "source.ruby#heredoc" needs the stub to have a rule named heredoc; the own grammar names every such rule.
    private void CollectReferencedNames(object value)
    {
        switch (value)
        {
            case Raw raw:
                foreach (var (key, item) in raw)
                {
                    if (key == "include" && item is string include && include.IndexOf('#') is > 0 and var hash) _names.Add(include[(hash + 1)..]);
                    else CollectReferencedNames(item);
                }
                break;
            case List<object> list:
                foreach (var item in list) CollectReferencedNames(item);
                break;
        }
    }

    private Raw Stub(string scopeName)
    {
        var repository = new Raw();
        foreach (var name in _names) repository[name] = StubRule();
        return new Raw { ["scopeName"] = scopeName, ["patterns"] = new List<object> { StubRule() }, ["repository"] = repository };
    }

    // TextMateSharp marks the rules it compiles, so every place gets a rule of its own.
    private static Raw StubRule() => new() { ["begin"] = "[\\s\\S]", ["end"] = "(?!x)x", ["name"] = Sentinel };
}
