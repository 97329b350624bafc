using Scriban;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Reads one key of a kept partial on the page being rendered: a field (<c>page.kind</c>) or the truth of a
/// comparison with a literal (<c>page.slug != "subscribe"</c>). A null met part-way along the field (no paginator
/// outside the home pages) is a key of its own, whatever the partial would do with it.
/// </summary>
internal sealed class PartialKeyReader
{
    private static readonly object[] NullAtDepth = Enumerable.Range(0, 16).Select(_ => new object()).ToArray();

    private readonly ScriptVariableGlobal _root;
    private readonly string[] _members;
    private readonly ScriptBinaryExpression? _comparison;
    private readonly object? _literal;
    private readonly bool _literalFirst;

    public PartialKeyReader(ScriptExpression key)
    {
        ScriptExpression field = key;
        if (key is ScriptBinaryExpression comparison)
        {
            _comparison = comparison;
            var (left, right) = (Unwrap(comparison.Left), Unwrap(comparison.Right));
            _literalFirst = left is ScriptLiteral;
            _literal = ((ScriptLiteral)(_literalFirst ? left! : right!)).Value;
            field = _literalFirst ? right! : left!;
        }
        var path = PartialAnalyzer.Path(field) ?? throw new ArgumentException($"not a key: {key}", nameof(key));
        var parts = path.Split('.');
        if (parts.Length > NullAtDepth.Length) throw new ArgumentException($"key too deep: {key}", nameof(key));
        _root = (ScriptVariableGlobal)ScriptVariable.Create(parts[0], ScriptVariableScope.Global);
        _members = parts[1..];
    }

    /// <summary>The marker for a field whose chain met null before member <paramref name="depth"/>.</summary>
    public static object NullAt(int depth) => NullAtDepth[depth];

    /// <summary>False when the key cannot be told (a comparison Scriban refuses): the include then renders as usual.</summary>
    public bool TryRead(TemplateContext context, out object? value)
    {
        value = context.GetValue(_root);
        for (var i = 0; i < _members.Length; i++)
        {
            if (value is null)
            {
                value = NullAtDepth[i];
                return true;
            }
            if (!context.GetMemberAccessor(value).TryGetValue(context, default, value, _members[i], out var member))
            {
                // A misspelt field is an error the render reports; this include is not kept.
                return false;
            }
            value = member;
        }
        if (_comparison is null) return PartialKey.IsScalar(value);
        try
        {
            value = _literalFirst
                ? ScriptBinaryExpression.Evaluate(context, _comparison.Span, _comparison.Operator, _literal, value)
                : ScriptBinaryExpression.Evaluate(context, _comparison.Span, _comparison.Operator, value, _literal);
            return value is bool;
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            return false;
        }
    }

    private static ScriptExpression? Unwrap(ScriptExpression? expression) =>
        expression is ScriptNestedExpression n ? Unwrap(n.Expression) : expression;
}
