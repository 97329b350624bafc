using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SalesForDevs.Yaml;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Reads <see cref="ParamsMap"/> in templates: a missing key is null rather than an error, because params are the
/// theme's own optional settings and the site decides which it sets. Writing is refused: every page shares them.
/// </summary>
internal sealed class ParamsAccessor(IObjectAccessor inner) : IObjectAccessor
{
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => true;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        value = ((ParamsMap)target).GetValueOrDefault(member)!;
        return true;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        value = (index is string key ? ((ParamsMap)target).GetValueOrDefault(key) : null)!;
        return true;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => true;

    public Type IndexType => typeof(string);
}
