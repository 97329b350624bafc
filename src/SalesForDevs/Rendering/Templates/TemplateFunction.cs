using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A template function with a declared signature, called directly. Scriban's own import of a delegate reads the
/// delegate's method by reflection, which in the native build first maps every invokable method of the program (about
/// a tenth of a 10-post build), and then calls it through <c>DynamicInvoke</c> on every use. Scriban converts each
/// argument to its parameter's type and checks the count before <see cref="Invoke"/>, so themes see the same behaviour
/// and the same errors as with an imported delegate.
/// </summary>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<TemplateContext, SourceSpan, ScriptArray, object?> _body;

    /// <param name="body">Gets the context, the span of the call and the arguments, converted to the parameters' types.</param>
    public TemplateFunction(Type returnType, Func<TemplateContext, SourceSpan, ScriptArray, object?> body, params ScriptParameterInfo[] parameters)
    {
        ReturnType = returnType;
        _body = body;
        _parameters = parameters;
        RequiredParameterCount = parameters.Count(p => !p.HasDefaultValue);
    }

    /// <summary>A function of one argument named <paramref name="name"/>.</summary>
    public static TemplateFunction Of<T, TResult>(string name, Func<T, TResult> function) =>
        new(typeof(TResult), (_, _, arguments) => function(Argument<T>(arguments, 0)), new ScriptParameterInfo(typeof(T), name));

    /// <summary>A function of two arguments.</summary>
    public static TemplateFunction Of<T1, T2, TResult>(string name1, string name2, Func<T1, T2, TResult> function) =>
        new(typeof(TResult), (_, _, arguments) => function(Argument<T1>(arguments, 0), Argument<T2>(arguments, 1)),
            new ScriptParameterInfo(typeof(T1), name1), new ScriptParameterInfo(typeof(T2), name2));

    /// <summary>A function of one argument that returns nothing.</summary>
    public static TemplateFunction Of<T>(string name, Action<T> action) =>
        new(typeof(void), (_, _, arguments) => { action(Argument<T>(arguments, 0)); return null; }, new ScriptParameterInfo(typeof(T), name));

    // Scriban has converted the value to the parameter's type; a missing value is the type's default, as reflection gives.
    public static T Argument<T>(ScriptArray arguments, int index) => arguments[index] is { } value ? (T)value : default!;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(context, callerContext?.Span ?? default, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount { get; }
    public int ParameterCount => _parameters.Length;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType { get; }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index >= 0 && index < _parameters.Length
            ? _parameters[index]
            : throw new ArgumentOutOfRangeException(nameof(index), $"Argument index must be < {ParameterCount}");

    public int GetParameterIndexByName(string name) => Array.FindIndex(_parameters, p => p.Name == name);
}
