using Onigwrap;
using IGrammar = TextMateSharp.Grammars.IGrammar;
using TextMateSharp.Internal.Grammars;
using TextMateSharp.Internal.Rules;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Tokenizes lines with a grammar TextMateSharp compiled (its rules, includes resolved), giving exactly the tokens its
/// IGrammar.TokenizeLine gives, with three differences in cost: every distinct pattern is compiled once per process
/// (<see cref="OnigPattern"/>); a pattern's last search on the line is reused while it is provably the answer (it
/// started at or before the position and matched at or after it; never for a pattern with \G); and tokens, matches and
/// scopes go into reused buffers and shared nodes instead of objects per token. The TextMate algorithm is the one VS
/// Code's tokenizer follows: begin/end and begin/while rules, captures (with patterns of their own), back-references in
/// end and while patterns, content names, the \A/\G rules and the guard against a rule entered again where it began.
/// and injections (rules a grammar adds wherever its selector matches the scopes). Not thread-safe: one language's
/// lock guards it (<see cref="LanguageGrammars"/>).
/// </summary>
internal sealed class GrammarTokenizer
{
    private readonly Grammar _grammar;
    private readonly int _rootRule;
    private readonly string? _rootName;
    private readonly List<(object Injection, int Rule, int Priority)> _injections;
    private readonly OnigRegion _region = new();
    private readonly LineTokenList _tokens = new();
    private readonly List<(RuleStack Stack, BeginWhileRule Rule)> _whileRules = [];
    private readonly List<Captures> _captures = [];
    private readonly List<Captures> _injectionCaptures = [];
    private readonly List<List<(ScopeNode Scopes, int End)>> _captureScopes = [];
    private RuleEntry?[] _rules = new RuleEntry?[256];
    private SearchResult?[] _searches = new SearchResult?[256];
    private int _textStamp;
    private long _searchesNeeded;
    private long _searchesRun;

    private GrammarTokenizer(Grammar grammar)
    {
        _grammar = grammar;
        var root = TextMateInternals.RootRule(grammar);
        _rootRule = root.Id;
        _rootName = grammar.GetRule(root)?.GetName(ReadOnlyMemory<char>.Empty, null);
        _injections = TextMateInternals.InjectionsOf(grammar);
    }

    /// <summary>A tokenizer for the grammar, or null when it is not a grammar TextMateSharp compiled.</summary>
    public static GrammarTokenizer? For(IGrammar grammar) => grammar is Grammar compiled ? new GrammarTokenizer(compiled) : null;

    /// <summary>How many pattern searches the tokenizer needed, and how many of them Oniguruma ran (tests).</summary>
    internal (long Needed, long Ran) Searches => (_searchesNeeded, _searchesRun);

    /// <summary>Every pattern of the scanners built so far (tests).</summary>
    internal IEnumerable<OnigPattern> Patterns => _rules.OfType<RuleEntry>().SelectMany(r => r.Scanners).SelectMany(s => s.Patterns);

    /// <summary>The tokens of the last line tokenized (valid until the next line).</summary>
    public ReadOnlySpan<LineToken> Tokens => _tokens.Tokens;

    /// <summary>
    /// Tokenizes one line, <paramref name="length"/> chars of <paramref name="text"/> from <paramref name="start"/>, the
    /// last of which is the line's newline; <paramref name="state"/> is the previous line's result (null for the first).
    /// The tokens are in <see cref="Tokens"/>; the result is the state after the line, or null when the grammar's root
    /// rule has no name (TextMateSharp then gives no result either).
    /// </summary>
    public RuleStack? TokenizeLine(char[] text, int start, int length, RuleStack? state)
    {
        bool isFirstLine;
        if (state is null)
        {
            if (_rootName is null) return null;
            isFirstLine = true;
            var scopes = new ScopeNode(null, _rootName);
            state = new RuleStack(null, _rootRule, -1, -1, false, null, scopes, scopes);
        }
        else
        {
            isFirstLine = false;
            state.Reset();
        }
        _tokens.Clear();
        var line = new Text(text, start, length, ++_textStamp);
        var end = Scan(line, isFirstLine, 0, state, checkWhileConditions: true, depth: 0);
        _tokens.Finish(end.ContentScopes, length);
        return end;
    }

    private readonly record struct Text(char[] Buffer, int Start, int Length, int Stamp)
    {
        public ReadOnlySpan<char> Span => Buffer.AsSpan(Start, Length);

        public ReadOnlyMemory<char> Memory => new(Buffer, Start, Length);
    }

    /// <summary>A match's groups (start and end of each), kept per level of capture retokenizing.</summary>
    private sealed class Captures
    {
        public int Count;
        public int[] Starts = new int[16];
        public int[] Ends = new int[16];
        public int Rule;

        public void CopyFrom(Captures other)
        {
            Count = other.Count;
            if (Starts.Length < Count) (Starts, Ends) = (new int[Count], new int[Count]);
            Array.Copy(other.Starts, Starts, Count);
            Array.Copy(other.Ends, Ends, Count);
            Rule = other.Rule;
        }

        public void CopyFrom(SearchResult result, int rule)
        {
            Count = result.Count;
            if (Starts.Length < Count) (Starts, Ends) = (new int[Count], new int[Count]);
            Array.Copy(result.Starts, Starts, Count);
            Array.Copy(result.Ends, Ends, Count);
            Rule = rule;
        }

        // TextMateSharp's rules take groups as objects; only names with $n and back-references need them.
        public IOnigCaptureIndex[] ToIndexes()
        {
            var indexes = new IOnigCaptureIndex[Count];
            for (var i = 0; i < Count; i++) indexes[i] = new CaptureIndex(i, Starts[i], Ends[i]);
            return indexes;
        }

        private sealed class CaptureIndex(int index, int start, int end) : IOnigCaptureIndex
        {
            public int Index => index;
            public int Start => start;
            public int End => end;
            public int Length => end - start;
        }
    }

    /// <summary>A pattern's last search: on which text, from where, and its match (Found false: none from there on).</summary>
    private sealed class SearchResult
    {
        public int Stamp;
        public int From;
        public bool Found;
        public int Count;
        public int[] Starts = new int[8];
        public int[] Ends = new int[8];
    }

    private RuleStack Scan(Text text, bool isFirstLine, int linePos, RuleStack stack, bool checkWhileConditions, int depth)
    {
        var anchorPosition = -1;
        if (checkWhileConditions) stack = CheckWhileConditions(text, ref isFirstLine, ref linePos, ref anchorPosition, stack);
        var captures = CapturesAt(depth);
        while (true)
        {
            if (!MatchRuleOrInjections(text, isFirstLine, linePos, stack, anchorPosition, captures, depth))
            {
                _tokens.Produce(stack.ContentScopes, text.Length);
                return stack;
            }
            var matchStart = captures.Starts[0];
            var matchEnd = captures.Ends[0];
            var advanced = captures.Count > 0 && matchEnd > linePos;
            if (captures.Rule == RuleScanner.EndRule)
            {
                var rule = (BeginEndRule)Entry(stack.RuleId)!.Rule;
                _tokens.Produce(stack.ContentScopes, matchStart);
                stack = stack.WithContentScopes(stack.NameScopes);
                HandleCaptures(text, isFirstLine, stack, rule.EndCaptures, captures, depth);
                _tokens.Produce(stack.ContentScopes, matchEnd);
                var ended = stack;
                stack = stack.Parent!;
                anchorPosition = ended.AnchorPos;
                if (!advanced && ended.EnterPos == linePos)
                {
                    // The end matched empty where the rule began: stay in the rule and leave the line, not loop.
                    _tokens.Produce(ended.ContentScopes, text.Length);
                    return ended;
                }
            }
            else
            {
                var rule = Entry(captures.Rule)!.Rule;
                _tokens.Produce(stack.ContentScopes, matchStart);
                var before = stack;
                var nameScopes = stack.ContentScopes.Push(NameOf(rule, text, captures));
                stack = stack.Push(captures.Rule, linePos, anchorPosition, matchEnd == text.Length, null, nameScopes, nameScopes);
                switch (rule)
                {
                    case BeginEndRule beginEnd:
                        HandleCaptures(text, isFirstLine, stack, beginEnd.BeginCaptures, captures, depth);
                        _tokens.Produce(stack.ContentScopes, matchEnd);
                        anchorPosition = matchEnd;
                        stack = stack.WithContentScopes(nameScopes.Push(ContentNameOf(rule, text, captures)));
                        if (beginEnd.EndHasBackReferences)
                            stack = stack.WithEndRule(beginEnd.GetEndWithResolvedBackReferences(text.Memory, captures.ToIndexes()));
                        if (!advanced && before.HasSameRuleAs(stack))
                        {
                            _tokens.Produce(stack.Parent!.ContentScopes, text.Length);
                            return stack.Parent;
                        }
                        break;
                    case BeginWhileRule beginWhile:
                        HandleCaptures(text, isFirstLine, stack, beginWhile.BeginCaptures, captures, depth);
                        _tokens.Produce(stack.ContentScopes, matchEnd);
                        anchorPosition = matchEnd;
                        stack = stack.WithContentScopes(nameScopes.Push(ContentNameOf(rule, text, captures)));
                        if (beginWhile.WhileHasBackReferences)
                            stack = stack.WithEndRule(beginWhile.GetWhileWithResolvedBackReferences(text.Memory, captures.ToIndexes()));
                        if (!advanced && before.HasSameRuleAs(stack))
                        {
                            _tokens.Produce(stack.Parent!.ContentScopes, text.Length);
                            return stack.Parent;
                        }
                        break;
                    default:
                        HandleCaptures(text, isFirstLine, stack, ((MatchRule)rule).Captures, captures, depth);
                        _tokens.Produce(stack.ContentScopes, matchEnd);
                        stack = stack.Parent!;
                        if (!advanced)
                        {
                            // An empty match that enters nothing: leave the line rather than match it again forever.
                            stack = stack.SafePop();
                            _tokens.Produce(stack.ContentScopes, text.Length);
                            return stack;
                        }
                        break;
                }
            }
            if (captures.Count > 0 && matchEnd > linePos)
            {
                linePos = matchEnd;
                isFirstLine = false;
            }
        }
    }

    // An injection's match wins over the rule's when it starts earlier, or at the same place with priority (L:).
    private bool MatchRuleOrInjections(Text text, bool isFirstLine, int linePos, RuleStack stack, int anchorPosition, Captures captures, int depth)
    {
        var matched = MatchRule(text, isFirstLine, linePos, stack, anchorPosition, captures);
        if (_injections.Count == 0) return matched;
        var injected = InjectionCapturesAt(depth);
        if (!MatchInjections(text, isFirstLine, linePos, stack, anchorPosition, injected, out var priority)) return matched;
        if (!matched || injected.Starts[0] < captures.Starts[0] || (priority == -1 && injected.Starts[0] == captures.Starts[0]))
            captures.CopyFrom(injected);
        return true;
    }

    private bool MatchInjections(Text text, bool isFirstLine, int linePos, RuleStack stack, int anchorPosition, Captures best, out int priority)
    {
        var bestStart = int.MaxValue;
        var found = false;
        priority = 0;
        var scopes = stack.ContentScopes.Names();
        var probe = InjectionCapturesAt(-1);
        foreach (var (injection, rule, injectionPriority) in _injections)
        {
            if (!TextMateInternals.InjectionMatches(injection, scopes)) continue;
            var scanner = Entry(rule)!.Scanner(null, isFirstLine, linePos == anchorPosition);
            if (scanner is null || !Search(scanner, text, linePos, probe)) continue;
            if (probe.Starts[0] > bestStart) continue;
            bestStart = probe.Starts[0];
            best.CopyFrom(probe);
            priority = injectionPriority;
            found = true;
            if (bestStart == linePos) break;
        }
        return found;
    }

    private bool MatchRule(Text text, bool isFirstLine, int linePos, RuleStack stack, int anchorPosition, Captures captures)
    {
        var entry = Entry(stack.RuleId);
        var scanner = entry?.Scanner(stack.EndRule, isFirstLine, linePos == anchorPosition);
        return scanner is not null && Search(scanner, text, linePos, captures);
    }

    /// <summary>The first pattern that matches earliest from the position (the first to match right there wins at once).</summary>
    private bool Search(RuleScanner scanner, Text text, int position, Captures captures)
    {
        SearchResult? best = null;
        var bestRule = 0;
        var patterns = scanner.Patterns;
        for (var i = 0; i < patterns.Length; i++)
        {
            var result = Search(patterns[i], text, position);
            if (result is null) continue;
            if (best is null || result.Starts[0] < best.Starts[0])
            {
                best = result;
                bestRule = scanner.Rules[i];
            }
            if (result.Starts[0] == position) break;
        }
        if (best is null) return false;
        captures.CopyFrom(best, bestRule);
        return true;
    }

    private SearchResult? Search(OnigPattern pattern, Text text, int position)
    {
        if (pattern.Id >= _searches.Length) Array.Resize(ref _searches, Math.Max(pattern.Id + 1, _searches.Length * 2));
        var result = _searches[pattern.Id] ??= new SearchResult { Stamp = -1 };
        _searchesNeeded++;
        // The leftmost match from an earlier start on this text is the leftmost from any later start up to it.
        if (pattern.StartIndependent && result.Stamp == text.Stamp && result.From <= position && (!result.Found || result.Starts[0] >= position))
            return result.Found ? result : null;
        _searchesRun++;
        result.Stamp = text.Stamp;
        result.From = position;
        result.Found = pattern.Search(text.Span, position, _region);
        if (!result.Found) return null;
        var count = _region.Count;
        if (result.Starts.Length < count) (result.Starts, result.Ends) = (new int[count], new int[count]);
        result.Count = count;
        for (var g = 0; g < count; g++) (result.Starts[g], result.Ends[g]) = _region.Group(g);
        return result;
    }

    private void HandleCaptures(Text text, bool isFirstLine, RuleStack stack, List<CaptureRule> rules, Captures captures, int depth)
    {
        if (rules.Count == 0) return;
        var count = Math.Min(rules.Count, captures.Count);
        var open = CaptureScopesAt(depth);
        open.Clear();
        var matchEnd = captures.Ends[0];
        for (var i = 0; i < count; i++)
        {
            var rule = rules[i];
            if (rule is null) continue;
            var start = captures.Starts[i];
            var end = captures.Ends[i];
            if (end - start == 0) continue;
            if (start > matchEnd) break;
            // Groups nest: close those that end before this one starts.
            while (open.Count > 0 && open[^1].End <= start)
            {
                _tokens.Produce(open[^1].Scopes, open[^1].End);
                open.RemoveAt(open.Count - 1);
            }
            _tokens.Produce(open.Count > 0 ? open[^1].Scopes : stack.ContentScopes, start);
            if (rule.RetokenizeCapturedWithRuleId is { } patterns)
            {
                // A group with patterns of its own is tokenized again, as a line that ends where the group ends.
                var nameScopes = stack.ContentScopes.Push(NameOf(rule, text, captures));
                var contentScopes = nameScopes.Push(ContentNameOf(rule, text, captures));
                var inner = stack.Push(patterns.Id, start, -1, false, null, nameScopes, contentScopes);
                Scan(text with { Length = end, Stamp = ++_textStamp }, isFirstLine && start == 0, start, inner, checkWhileConditions: false, depth + 1);
            }
            else if (NameOf(rule, text, captures) is { } name)
            {
                open.Add(((open.Count == 0 ? stack.ContentScopes : open[^1].Scopes).Push(name), end));
            }
        }
        while (open.Count > 0)
        {
            _tokens.Produce(open[^1].Scopes, open[^1].End);
            open.RemoveAt(open.Count - 1);
        }
    }

    // Every begin/while rule on the stack, outermost first, must match its while pattern at the line's start (after the
    // while matches of the rules outside it); the first that does not ends, with everything inside it.
    private RuleStack CheckWhileConditions(Text text, ref bool isFirstLine, ref int linePos, ref int anchorPosition, RuleStack stack)
    {
        anchorPosition = stack.BeginCapturedEndOfLine ? 0 : -1;
        _whileRules.Clear();
        for (var s = stack; s is not null; s = s.Parent)
            if (Entry(s.RuleId)?.Rule is BeginWhileRule rule) _whileRules.Add((s, rule));
        var captures = CapturesAt(0);
        for (var i = _whileRules.Count - 1; i >= 0; i--)
        {
            var (whileStack, rule) = _whileRules[i];
            var scanner = Entry(whileStack.RuleId)!.WhileScanner(whileStack.EndRule, isFirstLine, anchorPosition == linePos);
            if (!Search(scanner, text, linePos, captures))
                return whileStack.Parent!;
            if (captures.Count == 0) continue;
            _tokens.Produce(whileStack.ContentScopes, captures.Starts[0]);
            HandleCaptures(text, isFirstLine, whileStack, rule.WhileCaptures, captures, 0);
            _tokens.Produce(whileStack.ContentScopes, captures.Ends[0]);
            anchorPosition = captures.Ends[0];
            if (captures.Ends[0] > linePos)
            {
                linePos = captures.Ends[0];
                isFirstLine = false;
            }
        }
        return stack;
    }

    private static string? NameOf(Rule rule, Text text, Captures captures) =>
        TextMateInternals.NameIsCapturing(rule) ? rule.GetName(text.Memory, captures.ToIndexes()) : TextMateInternals.Name(rule);

    private static string? ContentNameOf(Rule rule, Text text, Captures captures) =>
        TextMateInternals.ContentNameIsCapturing(rule) ? rule.GetContentName(text.Memory, captures.ToIndexes()) : TextMateInternals.ContentName(rule);

    private RuleEntry? Entry(int ruleId)
    {
        if (ruleId >= _rules.Length) Array.Resize(ref _rules, Math.Max(ruleId + 1, _rules.Length * 2));
        if (_rules[ruleId] is { } entry) return entry;
        var rule = _grammar.GetRule(RuleId.Of(ruleId));
        return rule is null ? null : _rules[ruleId] = new RuleEntry(_grammar, rule);
    }

    private Captures CapturesAt(int depth)
    {
        while (_captures.Count <= depth) _captures.Add(new Captures());
        return _captures[depth];
    }

    // Depth -1 is the scratch match of one injection, compared with the best so far.
    private Captures InjectionCapturesAt(int depth)
    {
        while (_injectionCaptures.Count <= depth + 1) _injectionCaptures.Add(new Captures());
        return _injectionCaptures[depth + 1];
    }

    private List<(ScopeNode Scopes, int End)> CaptureScopesAt(int depth)
    {
        while (_captureScopes.Count <= depth) _captureScopes.Add([]);
        return _captureScopes[depth];
    }
}
