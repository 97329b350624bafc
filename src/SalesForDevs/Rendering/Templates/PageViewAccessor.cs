using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SalesForDevs.Views;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Reads a <see cref="PageView"/> in templates: its own fields as Scriban reads any object, and the fields of the
/// other kinds of page as their empty values (<see cref="PageViewFields"/>), so a partial shared by every page can
/// read <c>page.slug</c> or <c>page.params</c> anywhere. Any other name is still an error.
/// </summary>
internal sealed class PageViewAccessor : IObjectAccessor
{
    private readonly IObjectAccessor _inner;
    private readonly Dictionary<string, object?> _missing;
    private readonly IReadOnlyList<string> _members;

    public PageViewAccessor(IObjectAccessor inner, Type kind, MemberRenamerDelegate renamer)
    {
        _inner = inner;
        _missing = PageViewFields.Missing(kind).ToDictionary(m => renamer(m.Field), m => m.Value, StringComparer.Ordinal);
        _members = PageViewFields.All.Select(p => renamer(p)).ToList();
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        _missing.ContainsKey(member) || _inner.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (_inner.TryGetValue(context, span, target, member, out var own))
        {
            value = own!;
            return true;
        }
        var missing = _missing.TryGetValue(member, out var empty);
        value = empty!;
        return missing;
    }

    // A field this kind of page lacks has nothing to set.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        !_missing.ContainsKey(member) && _inner.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        var found = _inner.TryGetItem(context, span, target, index, out var item);
        value = item!;
        return found;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _inner.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => _inner.HasIndexer;

    public Type IndexType => _inner.IndexType!;
}
