using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using TextMateSharp.Internal.Grammars;
using TextMateSharp.Internal.Rules;

namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// The parts of TextMateSharp's compiled rule graph that <see cref="GrammarTokenizer"/> reads but the library keeps to
/// itself: the root rule, a rule's name and pattern sources, the end and while patterns, the injections. Reached with UnsafeAccessor,
/// which Native AOT compiles into plain field loads and calls, but for three fields read by reflection. The package version is pinned centrally;
/// the differential tests fail if a new version moves any of these.
/// </summary>
internal static class TextMateInternals
{
    private const string RegExpSource = "TextMateSharp.Internal.Rules.RegExpSource, TextMateSharp";
    private const string Injection = "TextMateSharp.Grammars.Injection, TextMateSharp";
    private const string Injections = "System.Collections.Generic.List`1[[TextMateSharp.Grammars.Injection, TextMateSharp]]";

    /// <summary>The grammar's root rule, compiled (with every rule it reaches) on first use.</summary>
    public static RuleId RootRule(Grammar grammar)
    {
        if (RootId(grammar) is null) GenerateRootId(grammar);
        return RootId(grammar);
    }

    /// <summary>The injections that apply to the grammar (its own and those the registry adds), by priority.</summary>
    public static List<(object Injection, int Rule, int Priority)> InjectionsOf(Grammar grammar)
    {
        var injections = new List<(object, int, int)>();
        foreach (var injection in (IEnumerable)GetInjections(grammar))
            injections.Add((injection!, InjectionRule(injection!).Id, InjectionPriority(injection!)));
        return injections;
    }

    /// <summary>Whether the injection's selector matches the scopes (outermost first).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Match")]
    public static extern bool InjectionMatches([UnsafeAccessorType(Injection)] object injection, List<string> scopes);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_RuleId")]
    private static extern RuleId InjectionRule([UnsafeAccessorType(Injection)] object injection);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Priority")]
    private static extern int InjectionPriority([UnsafeAccessorType(Injection)] object injection);

    /// <summary>The pattern sources a rule tries, in order (for a begin/end or begin/while rule: its inner patterns).</summary>
    public static IList Sources(Rule rule, Grammar grammar)
    {
        var list = new RegExpSourceList();
        rule.CollectPatternsRecursive(grammar, list, isFirst: true);
        return (IList)Items(list);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_rootId")]
    private static extern ref RuleId RootId(Grammar grammar);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GenerateRootId")]
    private static extern void GenerateRootId(Grammar grammar);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetInjections")]
    [return: UnsafeAccessorType(Injections)]
    private static extern object GetInjections(Grammar grammar);

    // UnsafeAccessor cannot reach a field whose type is internal to the library; these three are read by reflection,
    // once per rule and variant, with their metadata kept for Native AOT.
    private static readonly FieldInfo ItemsField = typeof(RegExpSourceList).GetField("_items", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly FieldInfo EndField = typeof(BeginEndRule).GetField("_end", BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly FieldInfo WhileField = typeof(BeginWhileRule).GetField("_while", BindingFlags.Instance | BindingFlags.NonPublic)!;

    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(RegExpSourceList))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(BeginEndRule))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(BeginWhileRule))]
    private static object Items(RegExpSourceList list) => ItemsField.GetValue(list)!;

    /// <summary>A begin/end rule's end pattern (a RegExpSource).</summary>
    public static object End(BeginEndRule rule) => EndField.GetValue(rule)!;

    /// <summary>A begin/while rule's while pattern (a RegExpSource).</summary>
    public static object While(BeginWhileRule rule) => WhileField.GetValue(rule)!;

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Id")]
    public static extern RuleId Id(Rule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_name")]
    public static extern ref string? Name(Rule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_nameIsCapturing")]
    public static extern ref bool NameIsCapturing(Rule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_contentName")]
    public static extern ref string? ContentName(Rule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_contentNameIsCapturing")]
    public static extern ref bool ContentNameIsCapturing(Rule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ApplyEndPatternLast")]
    public static extern bool ApplyEndPatternLast(BeginEndRule rule);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetSource")]
    public static extern string Source([UnsafeAccessorType(RegExpSource)] object source);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "ResolveAnchors")]
    public static extern string ResolveAnchors([UnsafeAccessorType(RegExpSource)] object source, bool allowA, bool allowG);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "HasAnchor")]
    public static extern bool HasAnchor([UnsafeAccessorType(RegExpSource)] object source);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetRuleId")]
    public static extern RuleId RuleOf([UnsafeAccessorType(RegExpSource)] object source);
}
