using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A function of one of Scriban's builtin objects that sfd does not declare itself (<see cref="BuiltinDeclarations"/>):
/// Scriban's object is made when a template first calls or inspects one, and the call is Scriban's own.
/// </summary>
internal sealed class ScribanBuiltinMember(Lazy<ScriptObject> scriban, string name) : IScriptCustomFunction
{
    private IScriptCustomFunction Function => (IScriptCustomFunction)scriban.Value[name]!;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Function.Invoke(context, callerContext, arguments, blockStatement);

    // Scriban's builtins are synchronous. Calling the interface's InvokeAsync would make the native compiler build every
    // implementation of it, Scriban's `await (dynamic)` among them: the C# runtime binder and expression trees, 0.8 MB.
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => Function.RequiredParameterCount;
    public int ParameterCount => Function.ParameterCount;
    public ScriptVarParamKind VarParamKind => Function.VarParamKind;
    public Type ReturnType => Function.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => Function.GetParameterInfo(index);
}
