using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// The grammar of each language, loaded the first time the language is highlighted, each in a TextMateSharp registry
/// of its own. A registry is not thread-safe (loading a grammar, or tokenizing one that pulls in an embedded grammar,
/// changes state all its grammars share: two posts in different languages rendered at once in one registry crashed
/// with "An item with the same key has already been added"), so each language takes its own lock. Languages then
/// load and highlight in parallel, which matters on a first build, when loading grammars is most of the markdown
/// stage; a grammar that several languages embed (CSS in HTML) is loaded once per language that reaches it.
/// A block is first highlighted with the language's own grammar and stubs for the grammars it embeds
/// (<see cref="EmbeddedGrammarStubs"/>); only a block that reaches a stub loads the full grammar.
/// </summary>
internal sealed class LanguageGrammars
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Language>> _languages = new(StringComparer.Ordinal);

    /// <summary>The code highlighted with the language's grammar, or null when no bundled grammar has the language.</summary>
    public string? Highlight(string languageId, string code)
    {
        var language = _languages.GetOrAdd(languageId, id => new Lazy<Language>(() => Language.Load(id))).Value;
        if (language.Own is null) return null;
        lock (language.Gate)
        {
            // Once a block needed the full grammar it is loaded, and it highlights every later block alike at no extra cost.
            if (!language.FullLoaded && Render(language.Own, language.OwnTokenizer, code) is { } html) return html;
            return Render(language.Full, language.FullTokenizer, code)!;
        }
    }

    // The tokenizer of our own where it reproduces the grammar (see GrammarTokenizer.For), TextMateSharp's elsewhere.
    private static string? Render(IGrammar grammar, GrammarTokenizer? tokenizer, string code) =>
        tokenizer is not null ? CodeHighlighter.Render(tokenizer, code) : CodeHighlighter.Render(grammar, code);

    /// <summary>Whether the language's grammar was loaded, or is loading, in this process.</summary>
    public bool IsLoaded(string languageId) => _languages.ContainsKey(languageId);

    /// <summary>Whether any language was loaded, or is loading, in this process.</summary>
    public bool AnyLoaded => !_languages.IsEmpty;

    /// <summary>How many languages loaded their full grammar, embedded grammars and all (for tests).</summary>
    internal int FullGrammarsLoaded => _languages.Values.Count(l => l.IsValueCreated && l.Value.Own is not null && !l.Value.OwnIsFull && l.Value.FullLoaded);

    private sealed class Language(string scope, IGrammar? own, bool ownIsFull)
    {
        private IGrammar? _full = ownIsFull ? own : null;
        private GrammarTokenizer? _ownTokenizer;
        private GrammarTokenizer? _fullTokenizer;
        private bool _ownTokenizerMade;
        private bool _fullTokenizerMade;

        public IGrammar? Own { get; } = own;

        /// <summary>The language's grammar embeds none, so its own grammar is the full one.</summary>
        public bool OwnIsFull { get; } = ownIsFull;

        public Lock Gate { get; } = new();

        public bool FullLoaded => _full is not null;

        // Under Gate, like every use of the grammars.
        public IGrammar Full => _full ??= new Registry(new BundledGrammars()).LoadGrammar(scope);

        // Under Gate too; null where the grammar is left to TextMateSharp.
        public GrammarTokenizer? OwnTokenizer => Made(ref _ownTokenizerMade, ref _ownTokenizer, Own!);

        public GrammarTokenizer? FullTokenizer => OwnIsFull ? OwnTokenizer : Made(ref _fullTokenizerMade, ref _fullTokenizer, Full);

        private static GrammarTokenizer? Made(ref bool made, ref GrammarTokenizer? tokenizer, IGrammar grammar)
        {
            if (!made) (tokenizer, made) = (GrammarTokenizer.For(grammar), true);
            return tokenizer;
        }

        public static Language Load(string languageId)
        {
            var grammars = new BundledGrammars();
            var scope = grammars.ScopeOf(languageId);
            if (string.IsNullOrEmpty(scope)) return new Language("", null, true);
            var stubs = new EmbeddedGrammarStubs(grammars, scope);
            var own = new Registry(stubs).LoadGrammar(scope);
            return new Language(scope, own, !stubs.StubbedAny);
        }
    }
}
