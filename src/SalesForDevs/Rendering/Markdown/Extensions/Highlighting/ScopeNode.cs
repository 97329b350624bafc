namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// A token's scopes as a linked list, innermost last (TextMate's scope stack). Nodes are shared by every token and state
/// under them and never change, so a node works out its class (<see cref="ScopeClasses"/>) and whether it lies inside a
/// stub of an embedded grammar once, not once per token.
/// </summary>
internal sealed class ScopeNode
{
    private string? _class;
    private bool _classKnown;
    private List<string>? _names;

    public ScopeNode(ScopeNode? parent, string scope)
    {
        Parent = parent;
        Scope = scope;
        Depth = parent is null ? 1 : parent.Depth + 1;
        InStub = scope == EmbeddedGrammarStubs.Sentinel || parent is { InStub: true };
    }

    public ScopeNode? Parent { get; }

    public string Scope { get; }

    public int Depth { get; }

    /// <summary>Whether any scope of the stack is <see cref="EmbeddedGrammarStubs.Sentinel"/>.</summary>
    public bool InStub { get; }

    /// <summary>The token's class, or null for plain text.</summary>
    public string? Class
    {
        get
        {
            if (_classKnown) return _class;
            var (decided, cls) = ScopeClasses.Decide(Scope);
            _class = decided ? cls : Parent?.Class;
            _classKnown = true;
            return _class;
        }
    }

    /// <summary>
    /// The stack with a rule's name pushed: null pushes nothing, and a name with spaces pushes one scope per word,
    /// as TextMate does.
    /// </summary>
    public ScopeNode Push(string? scopePath)
    {
        if (scopePath is null) return this;
        var node = this;
        var rest = scopePath.AsSpan();
        if (rest.IndexOf(' ') < 0) return new ScopeNode(this, scopePath);
        while (true)
        {
            var space = rest.IndexOf(' ');
            if (space < 0) break;
            node = new ScopeNode(node, rest[..space].ToString());
            rest = rest[(space + 1)..];
        }
        return new ScopeNode(node, rest.ToString());
    }

    /// <summary>The scopes outermost first, as TextMateSharp's tokens list them and injection selectors read them.</summary>
    public List<string> Names()
    {
        if (_names is not null) return _names;
        var names = new string[Depth];
        for (var node = this; node is not null; node = node.Parent) names[node.Depth - 1] = node.Scope;
        return _names = [.. names];
    }
}
