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
/// </summary>
internal sealed class LanguageGrammars
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Language>> _languages = new(StringComparer.Ordinal);

    /// <summary>The code highlighted with the language's grammar, or null when no bundled grammar has the language.</summary>
    public string? Highlight(string languageId, string code)
    {
        var language = _languages.GetOrAdd(languageId, id => new Lazy<Language>(() => Language.Load(id))).Value;
        if (language.Grammar is null) return null;
        lock (language.Gate) return CodeHighlighter.Render(language.Grammar, code);
    }

    private sealed class Language(IGrammar? grammar)
    {
        public IGrammar? Grammar { get; } = grammar;

        public Lock Gate { get; } = new();

        public static Language Load(string languageId)
        {
            var grammars = new BundledGrammars();
            var scope = grammars.ScopeOf(languageId);
            return new Language(string.IsNullOrEmpty(scope) ? null : new Registry(grammars).LoadGrammar(scope));
        }
    }
}
