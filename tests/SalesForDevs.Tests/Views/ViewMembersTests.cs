using System.ComponentModel;
using System.Reflection;
using SalesForDevs.Tests.Support;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Views;

/// <summary>
/// The declared members of the view records are what reflection finds on them: every public property of every record,
/// in Scriban's order (a record's own, then its base's), reading the same value; and a page field's empty value is
/// the one its type calls for (issue 14: templates read views without reflection).
/// </summary>
public sealed class ViewMembersTests
{
    public static TheoryData<string> Records => [.. ViewSamples.Records.Select(t => t.Name)];

    private static Type Record(string name) => ViewSamples.Records.Single(t => t.Name == name);

    [Fact]
    public void Every_view_record_has_declared_members()
    {
        Assert.Equal(ViewSamples.Records.OrderBy(t => t.Name), ViewMembers.Types.OrderBy(t => t.Name));
        Assert.Null(ViewMembers.For(typeof(string)));
        Assert.Null(ViewMembers.For(typeof(PageView)));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_declares_each_public_property_in_reflection_order(string name)
    {
        var type = Record(name);
        var properties = new List<string>();
        for (var level = type; level != typeof(object); level = level!.BaseType)
            properties.AddRange(level!.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => p.Name));

        Assert.Equal(properties, ViewMembers.For(type)!.Select(m => m.Name));
        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_declared_member_reads_what_the_property_holds(string name)
    {
        var type = Record(name);
        var view = ViewSamples.Make(type);

        foreach (var member in ViewMembers.For(type)!)
        {
            var expected = type.GetProperty(member.Name)!.GetValue(view);
            Assert.True(expected is not null, $"{name}.{member.Name} has no sample value");
            Assert.Equal(expected, member.Read(view));
        }
    }

    [Fact]
    public void A_page_field_reads_as_the_empty_value_of_its_type_on_other_kinds()
    {
        foreach (var field in PageViewFields.All)
        {
            var property = PageView.Kinds.Select(k => k.GetProperty(field.Name)).First(p => p is not null)!;
            var expected = EmptyValue(property);
            if (expected is Array array)
                Assert.True(field.Empty is Array empty && empty.Length == 0 && empty.GetType() == array.GetType(), $"{field.Name}: {field.Empty}");
            else
                Assert.Equal(expected, field.Empty);
        }
    }

    // The rule page fields follow: "" for text, an empty list or params, 0 or false; null for a link or a date; a field
    // may name its own with [DefaultValue] (comments: "none").
    private static object? EmptyValue(PropertyInfo field)
    {
        if (field.GetCustomAttribute<DefaultValueAttribute>() is { } given) return given.Value;
        var type = field.PropertyType;
        if (type == typeof(string)) return "";
        if (type == typeof(IReadOnlyDictionary<string, object?>)) return SalesForDevs.Yaml.YamlParams.Empty;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        if (type == typeof(int)) return 0;
        if (type == typeof(bool)) return false;
        Assert.True(!type.IsValueType || Nullable.GetUnderlyingType(type) is not null, $"page field {field.Name} has no empty value");
        return null;
    }
}
