using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using SalesForDevs.Views;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Reads a view record in templates from its declared members (<see cref="ViewMembers"/>) instead of by reflection,
/// under the names Scriban's own accessor gives them (snake_case) and in its order. One instance per record type serves
/// every context and thread: it holds nothing that changes. A kind of page also lists the fields of the other kinds and
/// reads them as their empty values (<see cref="PageViewFields"/>), so a partial shared by every page can read
/// <c>page.slug</c> or <c>page.params</c> anywhere; any other name is still an error.
/// </summary>
internal sealed class DeclaredAccessor : IObjectAccessor
{
    private static readonly Dictionary<Type, DeclaredAccessor> ByType = ViewMembers.Types.ToDictionary(type => type, type => new DeclaredAccessor(type));

    private readonly Type _type;
    private readonly Dictionary<string, Func<object, object?>> _readers = new(StringComparer.Ordinal);
    // A page's fields from other kinds: readable as their empty values, never settable.
    private readonly HashSet<string> _borrowed = new(StringComparer.Ordinal);
    private readonly string[] _names;
    private IObjectAccessor? _reflected;

    private DeclaredAccessor(Type type)
    {
        _type = type;
        foreach (var member in ViewMembers.For(type)!) _readers.Add(StandardMemberRenamer.Rename(member.Name), member.Read);
        if (!PageView.Kinds.Contains(type))
        {
            _names = [.. _readers.Keys];
            return;
        }
        foreach (var field in PageViewFields.Missing(type))
        {
            var empty = field.Empty;
            var name = StandardMemberRenamer.Rename(field.Name);
            _readers.Add(name, _ => empty);
            _borrowed.Add(name);
        }
        _names = [.. PageViewFields.All.Select(f => StandardMemberRenamer.Rename(f.Name))];
    }

    /// <summary>The accessor of a view record or kind of page; null for any other type.</summary>
    public static DeclaredAccessor? For(Type type) => ByType.GetValueOrDefault(type);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _names.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _names;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _readers.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (_readers.TryGetValue(member, out var read))
        {
            value = read(target)!;
            return true;
        }
        value = null!;
        return false;
    }

    // Assigning to a view's member is rare (views are records, shared between pages); it goes to Scriban's own accessor,
    // made then, so that it does exactly what it always did. A field the page lacks has nothing to set.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _readers.ContainsKey(member) && !_borrowed.Contains(member) && Reflected(context).TrySetValue(context, span, target, member, value);

    // View records have no indexer.
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        value = null!;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type IndexType => null!;

    [UnconditionalSuppressMessage("Trimming", "IL2077", Justification = "View records are kept whole: listed by typeof, constructed, and in an untrimmed assembly.")]
    private IObjectAccessor Reflected(TemplateContext context) =>
        _reflected ??= new TypedObjectAccessor(_type, context.MemberFilter, context.MemberRenamer);
}
