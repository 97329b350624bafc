using System.Text;
using TextMateSharp.Internal.Grammars;
using TextMateSharp.Internal.Rules;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// The patterns a rule tries at a position, in order, each with the rule a match enters (or <see cref="EndRule"/>,
/// <see cref="WhileRule"/>), for one combination of \A and \G allowed and one end pattern. The patterns are the
/// process's shared <see cref="OnigPattern"/>s. Built the way TextMateSharp's RegExpSourceList compiles a rule, so that
/// both try the same sources in the same order.
/// </summary>
internal sealed class RuleScanner(OnigPattern[] patterns, int[] rules)
{
    public const int EndRule = -1;
    public const int WhileRule = -2;

    public OnigPattern[] Patterns { get; } = patterns;

    public int[] Rules { get; } = rules;

    /// <summary>One of the four \A/\G variants of a list of sources (0 to 3: \A allowed counts 2, \G allowed 1).</summary>
    public static int Variant(bool allowA, bool allowG) => (allowA ? 2 : 0) + (allowG ? 1 : 0);

    /// <summary>
    /// The scanner of <paramref name="sources"/> (TextMateSharp's RegExpSource objects) with <paramref name="end"/>
    /// added first or last; <paramref name="endSource"/>, when given, replaces the end's source (its back-references
    /// filled in). Without any \A or \G in the list, every source is used as written.
    /// </summary>
    public static RuleScanner Build(System.Collections.IList sources, object? end, bool endLast, string? endSource, int variant)
    {
        var count = sources.Count + (end is null ? 0 : 1);
        var patterns = new OnigPattern[count];
        var rules = new int[count];
        var hasAnchors = end is not null && TextMateInternals.HasAnchor(end);
        foreach (var source in sources) hasAnchors |= TextMateInternals.HasAnchor(source!);
        var allowA = variant >= 2;
        var allowG = (variant & 1) == 1;
        var at = 0;
        if (end is not null && !endLast) Add(end, isEnd: true);
        foreach (var source in sources) Add(source!, isEnd: false);
        if (end is not null && endLast) Add(end, isEnd: true);
        return new RuleScanner(patterns, rules);

        void Add(object source, bool isEnd)
        {
            string text;
            if (isEnd && endSource is not null)
                text = hasAnchors && TextMateInternals.HasAnchor(source) ? ResolveAnchors(endSource, allowA, allowG) : endSource;
            else
                text = hasAnchors ? TextMateInternals.ResolveAnchors(source, allowA, allowG) : TextMateInternals.Source(source);
            patterns[at] = OnigPattern.For(text);
            rules[at] = TextMateInternals.RuleOf(source).Id;
            at++;
        }
    }

    // A \A or \G that may not match here becomes \uFFFF, a character no line holds: the pattern cannot match there.
    private static string ResolveAnchors(string source, bool allowA, bool allowG)
    {
        var text = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            text.Append(c);
            if (c != '\\' || i + 1 >= source.Length) continue;
            var next = source[++i];
            text.Append(next switch
            {
                'A' => allowA ? 'A' : '\uffff',
                'G' => allowG ? 'G' : '\uffff',
                _ => next,
            });
        }
        return text.ToString();
    }
}

/// <summary>What the tokenizer keeps of a compiled rule: the rule, and its scanners built so far.</summary>
internal sealed class RuleEntry
{
    private readonly Grammar _grammar;
    private readonly RuleScanner?[] _scanners = new RuleScanner?[4];
    private readonly RuleScanner?[] _whileScanners = new RuleScanner?[4];
    private Dictionary<string, RuleScanner?[]>? _byEnd;
    private System.Collections.IList? _sources;

    public RuleEntry(Grammar grammar, Rule rule)
    {
        _grammar = grammar;
        Rule = rule;
    }

    public Rule Rule { get; }

    /// <summary>The scanners built so far (tests).</summary>
    internal IEnumerable<RuleScanner> Scanners =>
        _scanners.Concat(_whileScanners).Concat(_byEnd?.Values.SelectMany(s => s) ?? []).OfType<RuleScanner>();

    /// <summary>The scanner of the rule's patterns (and its end), or null for a rule that has none (a capture's).</summary>
    public RuleScanner? Scanner(string? endRule, bool allowA, bool allowG)
    {
        if (Rule is CaptureRule) return null;
        var variant = RuleScanner.Variant(allowA, allowG);
        _sources ??= TextMateInternals.Sources(Rule, _grammar);
        if (Rule is not BeginEndRule beginEnd)
            return _scanners[variant] ??= RuleScanner.Build(_sources, null, false, null, variant);
        var end = TextMateInternals.End(beginEnd);
        var endLast = TextMateInternals.ApplyEndPatternLast(beginEnd);
        if (!beginEnd.EndHasBackReferences)
            return _scanners[variant] ??= RuleScanner.Build(_sources, end, endLast, null, variant);
        var scanners = ByEnd(endRule!);
        return scanners[variant] ??= RuleScanner.Build(_sources, end, endLast, endRule, variant);
    }

    /// <summary>The scanner of a begin/while rule's while pattern.</summary>
    public RuleScanner WhileScanner(string? whileRule, bool allowA, bool allowG)
    {
        var rule = (BeginWhileRule)Rule;
        var variant = RuleScanner.Variant(allowA, allowG);
        var source = TextMateInternals.While(rule);
        if (!rule.WhileHasBackReferences) return _whileScanners[variant] ??= RuleScanner.Build(Array.Empty<object>(), source, false, null, variant);
        var scanners = ByEnd("\u0000while\u0000" + whileRule);
        return scanners[variant] ??= RuleScanner.Build(Array.Empty<object>(), source, false, whileRule, variant);
    }

    private RuleScanner?[] ByEnd(string key)
    {
        _byEnd ??= new Dictionary<string, RuleScanner?[]>(StringComparer.Ordinal);
        if (!_byEnd.TryGetValue(key, out var scanners)) _byEnd[key] = scanners = new RuleScanner?[4];
        return scanners;
    }
}
