using Scriban.Parsing;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Decides from a partial's parsed template whether its output can be rendered once per build and reused (what
/// Hugo's <c>partialCached</c> asks the theme author to promise, proved here instead). A partial may be kept when
/// everything it reads is fixed for the build (<c>site</c>, translations, pure functions, partials named by a
/// literal that are themselves safe) or is one of a few page fields that become its key. Anything else — a page field
/// read as a value, a global set by the caller, a computed include, <c>date.now</c>, a loop over page data, a
/// statement this walk does not know — means the partial renders on every include, as before.
/// </summary>
internal sealed class PartialAnalyzer
{
    /// <summary>Page fields whose value may be the key as it is: few values on any site.</summary>
    private static readonly HashSet<string> ValueKeys = new(StringComparer.Ordinal) { "page.kind" };

    /// <summary>Scriban's builtin objects a partial may call into, each a set of pure functions but for <see cref="Impure"/>.</summary>
    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal) { "array", "date", "html", "math", "object", "regex", "string", "timespan" };

    public static IEnumerable<string> BuiltinNames => Builtins;

    private static readonly HashSet<string> Impure = new(StringComparer.Ordinal)
    {
        "date.now", "date.utc_now", "math.random", "object.eval", "object.eval_template", "array.shuffle", "array.sample",
    };

    /// <summary>Globals every page sets, or that the caller owns: a partial may never assign them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "site", "page", "paginator", "content" };

    private readonly Theme _theme;
    private readonly IReadOnlySet<string> _functions;

    private readonly List<ScriptExpression> _keys = [];
    private readonly HashSet<string> _keyTexts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _constants = new(StringComparer.Ordinal);
    private readonly List<string> _including = [];
    private string? _unsafe;

    private PartialAnalyzer(Theme theme, IReadOnlySet<string> functions)
    {
        _theme = theme;
        _functions = functions;
    }

    /// <param name="functions">The names of sfd's template functions (<c>t</c>, <c>relative_url</c>, <c>include</c>…), all pure.</param>
    public static PartialShape Analyze(Theme theme, string name, IReadOnlySet<string> functions)
    {
        var walk = new PartialAnalyzer(theme, functions);
        walk.Include(name, new Scope());
        if (walk._unsafe is { } why) return PartialShape.Refused(why);
        return new PartialShape { Keys = walk._keys, Constants = walk._constants.Order(StringComparer.Ordinal).ToList() };
    }

    /// <summary>Walks an included template in the includer's scope (includes share globals), returning the scope after it.</summary>
    private Scope Include(string name, Scope scope)
    {
        if (_including.Contains(name)) return Refuse($"includes `{name}` inside itself", scope);
        if (_theme.Find(name) is not { } template) return Refuse($"includes `{name}`, which the theme does not have", scope);
        _including.Add(name);
        // Locals and loop variables are the included template's own; globals carry through.
        var inner = scope.ForInclude();
        Block(template.Template.Page?.Body, inner);
        _including.RemoveAt(_including.Count - 1);
        return scope.WithGlobalsOf(inner);
    }

    private void Block(ScriptBlockStatement? block, Scope scope)
    {
        if (block is null) return;
        foreach (var statement in block.Statements) Statement(statement, scope);
    }

    private void Statement(ScriptStatement statement, Scope scope)
    {
        if (_unsafe is not null) return;
        switch (statement)
        {
            case ScriptRawStatement or ScriptEscapeStatement or ScriptNopStatement or ScriptEndStatement:
                return;
            case ScriptExpressionStatement e:
                Expression(e.Expression, scope);
                return;
            case ScriptBlockStatement b:
                Block(b, scope);
                return;
            case ScriptIfStatement i:
                If(i, scope);
                return;
            case ScriptForStatement f when f.GetType() == typeof(ScriptForStatement):
                For(f, scope);
                return;
            default:
                Refuse($"uses `{Kind(statement)}`", scope);
                return;
        }
    }

    private void If(ScriptIfStatement statement, Scope scope)
    {
        Expression(statement.Condition, scope);
        var then = scope.Branch();
        Block(statement.Then, then);
        var otherwise = scope.Branch();
        switch (statement.Else)
        {
            case null:
                break;
            case ScriptIfStatement elseIf:
                If(elseIf, otherwise);
                break;
            case ScriptElseStatement e:
                Block(e.Body, otherwise);
                break;
            default:
                Refuse($"uses `{Kind(statement.Else)}`", scope);
                break;
        }
        scope.Join(then, otherwise);
    }

    private void For(ScriptForStatement loop, Scope scope)
    {
        if (loop.Variable is not ScriptVariable variable) { Refuse("loops into something other than a variable", scope); return; }
        if (loop.Else is not null) { Refuse("uses `for … else`", scope); return; }
        Expression(loop.Iterator, scope);
        foreach (var argument in loop.NamedArguments) Expression(argument.Value, scope);
        // The body may run no times: what it assigns is not certain after the loop.
        var body = scope.Branch();
        body.Bind(variable.Name);
        Block(loop.Body, body);
    }

    private void Expression(ScriptExpression? expression, Scope scope)
    {
        if (_unsafe is not null || expression is null) return;
        switch (expression)
        {
            case ScriptLiteral or ScriptArgumentBinary:
                return;
            case ScriptVariable v:
                Read(v, scope);
                return;
            case ScriptIsEmptyExpression:
                Refuse("uses `.empty?`", scope);
                return;
            case ScriptMemberExpression m:
                Member(m, scope);
                return;
            case ScriptNestedExpression n:
                Expression(n.Expression, scope);
                return;
            case ScriptBinaryExpression b:
                if ((b.Operator is ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual) && Comparison(b, scope)) return;
                Expression(b.Left, scope);
                Expression(b.Right, scope);
                return;
            case ScriptUnaryExpression u:
                Expression(u.Right, scope);
                return;
            case ScriptConditionalExpression c:
                Expression(c.Condition, scope);
                Expression(c.ThenValue, scope);
                Expression(c.ElseValue, scope);
                return;
            case ScriptPipeCall p:
                Expression(p.From, scope);
                Expression(p.To, scope);
                return;
            case ScriptFunctionCall call:
                Call(call, scope);
                return;
            case ScriptAssignExpression a:
                Assign(a, scope);
                return;
            case ScriptIndexerExpression x:
                Expression(x.Target, scope);
                Expression(x.Index, scope);
                return;
            case ScriptArrayInitializerExpression array:
                foreach (var value in array.Values) Expression(value, scope);
                return;
            case ScriptObjectInitializerExpression obj:
                foreach (var member in obj.Members)
                {
                    if (member.Name is not (ScriptVariable or ScriptLiteral)) Expression(member.Name, scope);
                    Expression(member.Value, scope);
                }
                return;
            case ScriptInterpolatedExpression i:
                Expression(i.Expression, scope);
                return;
            case ScriptInterpolatedStringExpression s:
                foreach (var part in s.Children.OfType<ScriptExpression>()) Expression(part, scope);
                return;
            default:
                Refuse($"uses `{Kind(expression)}`", scope);
                return;
        }
    }

    private void Read(ScriptVariable variable, Scope scope)
    {
        var name = variable.Name;
        if (scope.Has(name)) return;
        if (variable.Scope == ScriptVariableScope.Local)
        {
            // $ (and $1, read as $[1]): the include's arguments, part of the key when they are given by the outermost caller.
            if (variable.BaseName.Length == 0) return;
            Refuse($"reads `{name}` before setting it", scope);
            return;
        }
        if (name is "for" or "while" or "tablerow") return; // the loop's own state: for.first, for.last
        // Only as date.xxx, where the member is checked: a bare `date` could be called as anything later.
        if (Builtins.Contains(name)) { Refuse($"reads `{name}` as a whole", scope); return; }
        if (name == "site" || _functions.Contains(name))
        {
            _constants.Add(name);
            return;
        }
        Refuse(name is "page" or "paginator" ? $"reads `{name}` as a whole" : $"reads `{name}`, which it does not set itself", scope);
    }

    private void Member(ScriptMemberExpression member, Scope scope)
    {
        var path = Path(member);
        if (path is not null)
        {
            var root = path[..path.IndexOf('.')];
            if (!scope.Has(root) && root is "page" or "paginator")
            {
                if (ValueKeys.Contains(path)) { AddKey(member, path); return; }
                Refuse($"reads `{path}`, which differs from page to page", scope);
                return;
            }
            if (!scope.Has(root) && Builtins.Contains(root))
            {
                if (Impure.Contains(path[..IndexOfSecondDot(path)])) { Refuse($"calls `{path}`, which differs between calls", scope); return; }
                _constants.Add(root);
                return;
            }
        }
        Expression(member.Target, scope);
    }

    private static int IndexOfSecondDot(string path)
    {
        var first = path.IndexOf('.');
        var second = path.IndexOf('.', first + 1);
        return second < 0 ? path.Length : second;
    }

    /// <summary><c>page.FIELD == "literal"</c> (or !=, either way round): its truth is the key. False when it is not of that form.</summary>
    private bool Comparison(ScriptBinaryExpression comparison, Scope scope)
    {
        var (field, literal) = (Unwrap(comparison.Left), Unwrap(comparison.Right)) switch
        {
            (ScriptMemberExpression m, ScriptLiteral l) => (m, l),
            (ScriptLiteral l, ScriptMemberExpression m) => (m, l),
            _ => (null, null),
        };
        if (field is null || literal is null || field is ScriptIsEmptyExpression || Path(field) is not { } path) return false;
        if (!path.StartsWith("page.", StringComparison.Ordinal) && !path.StartsWith("paginator.", StringComparison.Ordinal)) return false;
        if (scope.Has(path[..path.IndexOf('.')])) return false;
        AddKey(comparison, comparison.ToString());
        return true;
    }

    private void AddKey(ScriptExpression expression, string text)
    {
        if (_keyTexts.Add(text)) _keys.Add(expression);
    }

    private static ScriptExpression? Unwrap(ScriptExpression? expression) =>
        expression is ScriptNestedExpression n ? Unwrap(n.Expression) : expression;

    /// <summary>"page.series.title" for a chain of plain member reads from a global, else null.</summary>
    internal static string? Path(ScriptExpression? expression) => expression switch
    {
        ScriptVariableGlobal v => v.Name,
        ScriptMemberExpression { Member: { } m } member when member.DotToken.TokenType == TokenType.Dot && member.GetType() == typeof(ScriptMemberExpression)
            => Path(member.Target) is { } target ? target + "." + m.Name : null,
        _ => null,
    };

    private void Call(ScriptFunctionCall call, Scope scope)
    {
        if (call.Arguments.Any(a => a is ScriptNamedArgument)) { Refuse("passes named arguments", scope); return; }
        if (call.Target is ScriptVariableGlobal { Name: "include" } && !scope.Has("include"))
        {
            _constants.Add("include");
            if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name }) { Refuse("includes a template named at run time", scope); return; }
            foreach (var argument in call.Arguments.Skip(1)) Expression(argument, scope);
            var after = Include(TemplateName(name), scope);
            scope.CopyFrom(after);
            return;
        }
        Expression(call.Target, scope);
        foreach (var argument in call.Arguments) Expression(argument, scope);
    }

    private void Assign(ScriptAssignExpression assign, Scope scope)
    {
        if (assign.EqualToken.TokenType != TokenType.Equal) { Refuse($"uses `{assign.EqualToken}`", scope); return; }
        Expression(assign.Value, scope);
        if (assign.Target is not ScriptVariable target || target.Scope == ScriptVariableScope.Local && target.BaseName.Length == 0)
        {
            Refuse($"assigns to `{assign.Target}`, which may change what other pages see", scope);
            return;
        }
        var name = target.Name;
        if (Reserved.Contains(name) || _functions.Contains(name) || Builtins.Contains(name)) { Refuse($"assigns `{name}`", scope); return; }
        scope.Assign(name);
    }

    internal static string TemplateName(string name)
    {
        name = name.Replace('\\', '/').Trim('/');
        return name.EndsWith(ThemeLoader.Extension, StringComparison.Ordinal) ? name[..^ThemeLoader.Extension.Length] : name;
    }

    private static string Kind(ScriptNode node) => node.GetType().Name.Replace("Script", "", StringComparison.Ordinal);

    private Scope Refuse(string why, Scope scope)
    {
        _unsafe ??= _including.Count > 1 ? $"{why} (in `{_including[^1]}`)" : why;
        return scope;
    }

    /// <summary>Names certain to be set at a point of the template: assigned on every path so far, or bound by an enclosing loop.</summary>
    private sealed class Scope
    {
        private HashSet<string> _definite = new(StringComparer.Ordinal);
        private readonly HashSet<string> _bound = new(StringComparer.Ordinal);

        public bool Has(string name) => _definite.Contains(name) || _bound.Contains(name);

        public void Assign(string name) => _definite.Add(name);

        public void Bind(string name) => _bound.Add(name);

        public Scope Branch()
        {
            var branch = new Scope { _definite = new HashSet<string>(_definite, StringComparer.Ordinal) };
            branch._bound.UnionWith(_bound);
            return branch;
        }

        /// <summary>An included template: the globals set so far, not the locals ($name) nor loop variables.</summary>
        public Scope ForInclude() => new() { _definite = new HashSet<string>(_definite.Where(n => !n.StartsWith('$')), StringComparer.Ordinal) };

        /// <summary>After an include: the includer's locals, and every global either had set.</summary>
        public Scope WithGlobalsOf(Scope inner)
        {
            var after = Branch();
            after._definite.UnionWith(inner._definite.Where(n => !n.StartsWith('$')));
            return after;
        }

        public void CopyFrom(Scope other)
        {
            _definite = new HashSet<string>(other._definite, StringComparer.Ordinal);
        }

        /// <summary>After an if: set on both branches.</summary>
        public void Join(Scope then, Scope otherwise)
        {
            _definite = new HashSet<string>(then._definite.Intersect(otherwise._definite), StringComparer.Ordinal);
        }
    }
}
