namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// The tokenizer's state between and within lines: the rules entered and not yet ended, innermost first, each with the
/// scopes of its name and of its content, where on the line it was entered, and its end (or while) pattern with the
/// begin match's back-references filled in.
/// </summary>
internal sealed class RuleStack(
    RuleStack? parent, int ruleId, int enterPos, int anchorPos, bool beginCapturedEndOfLine, string? endRule,
    ScopeNode nameScopes, ScopeNode contentScopes)
{
    public RuleStack? Parent { get; } = parent;

    public int RuleId { get; } = ruleId;

    /// <summary>Where on the line the rule was entered; -1 once the line is over.</summary>
    public int EnterPos { get; private set; } = enterPos;

    /// <summary>Where \G matched when the rule was entered; -1 once the line is over.</summary>
    public int AnchorPos { get; private set; } = anchorPos;

    /// <summary>Whether the begin match reached the end of its line (a while rule's \G then matches at the next line's start).</summary>
    public bool BeginCapturedEndOfLine { get; } = beginCapturedEndOfLine;

    public string? EndRule { get; } = endRule;

    public ScopeNode NameScopes { get; } = nameScopes;

    public ScopeNode ContentScopes { get; } = contentScopes;

    public RuleStack Push(int rule, int enter, int anchor, bool capturedEndOfLine, string? end, ScopeNode names, ScopeNode content) =>
        new(this, rule, enter, anchor, capturedEndOfLine, end, names, content);

    public RuleStack SafePop() => Parent ?? this;

    /// <summary>Positions belong to the line they were found on: a new line starts with none.</summary>
    public void Reset()
    {
        for (var stack = this; stack is not null; stack = stack.Parent) stack.EnterPos = stack.AnchorPos = -1;
    }

    public RuleStack WithContentScopes(ScopeNode content) =>
        ReferenceEquals(content, ContentScopes) ? this : new(Parent, RuleId, EnterPos, AnchorPos, BeginCapturedEndOfLine, EndRule, NameScopes, content);

    public RuleStack WithEndRule(string end) =>
        EndRule is not null && EndRule == end ? this : new(Parent, RuleId, EnterPos, AnchorPos, BeginCapturedEndOfLine, end, NameScopes, ContentScopes);

    /// <summary>
    /// Whether a rule entered at the same position as <paramref name="other"/> is already on the stack with the same rule:
    /// entering it again would loop forever without consuming text.
    /// </summary>
    public bool HasSameRuleAs(RuleStack other)
    {
        for (var stack = this; stack is not null && stack.EnterPos == other.EnterPos; stack = stack.Parent)
            if (stack.RuleId == other.RuleId) return true;
        return false;
    }
}
