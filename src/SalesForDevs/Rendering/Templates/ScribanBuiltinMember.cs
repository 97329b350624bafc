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

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Function.InvokeAsync(context, callerContext, arguments, blockStatement);

    public int RequiredParameterCount => Function.RequiredParameterCount;
    public int ParameterCount => Function.ParameterCount;
    public ScriptVarParamKind VarParamKind => Function.VarParamKind;
    public Type ReturnType => Function.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => Function.GetParameterInfo(index);
}
