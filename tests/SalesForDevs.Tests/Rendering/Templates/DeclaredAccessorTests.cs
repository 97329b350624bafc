using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using SalesForDevs.Rendering.Templates;
using SalesForDevs.Tests.Support;
using SalesForDevs.Views;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// Templates read view records through declared accessors that expose the members Scriban's reflection accessor would,
/// under the same names, in the same order, with the same values; a kind of page adds the other kinds' fields as
/// their empty values (issue 14).
/// </summary>
public sealed class DeclaredAccessorTests
{
    public static TheoryData<string> Records => [.. ViewSamples.Records.Select(t => t.Name)];

    private static readonly TemplateContext Context = new() { MemberRenamer = StandardMemberRenamer.Default };

    private static (object View, DeclaredAccessor Declared, TypedObjectAccessor Reflected) Both(string name)
    {
        var type = ViewSamples.Records.Single(t => t.Name == name);
        return (ViewSamples.Make(type), DeclaredAccessor.For(type)!, new TypedObjectAccessor(type, null, StandardMemberRenamer.Default));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_exposes_the_members_and_values_of_Scriban_s_reflection(string name)
    {
        var (view, declared, reflected) = Both(name);
        var names = reflected.GetMembers(Context, default, view).ToList();

        if (view is PageView)
            Assert.Equal(PageViewFields.All.Select(f => StandardMemberRenamer.Rename(f.Name)), declared.GetMembers(Context, default, view));
        else
            Assert.Equal(names, declared.GetMembers(Context, default, view));
        Assert.Equal(declared.GetMembers(Context, default, view).Count(), declared.GetMemberCount(Context, default, view));
        Assert.False(declared.HasIndexer);
        foreach (var member in names)
        {
            Assert.True(declared.HasMember(Context, default, view, member), member);
            Assert.True(reflected.TryGetValue(Context, default, view, member, out var expected));
            Assert.True(declared.TryGetValue(Context, default, view, member, out var value), member);
            Assert.Equal(expected, value);
        }
        Assert.False(declared.HasMember(Context, default, view, "no_such_member"));
        Assert.False(declared.TryGetValue(Context, default, view, "no_such_member", out _));
    }

    [Fact]
    public void A_kind_of_page_reads_the_fields_it_lacks_as_empty_and_refuses_to_set_them()
    {
        var tag = (TagPageView)ViewSamples.Make(typeof(TagPageView));
        var accessor = DeclaredAccessor.For(typeof(TagPageView))!;

        Assert.True(accessor.TryGetValue(Context, default, tag, "slug", out var slug));
        Assert.Equal("", slug);
        Assert.True(accessor.TryGetValue(Context, default, tag, "comments", out var comments));
        Assert.Equal("none", comments);
        Assert.True(accessor.TryGetValue(Context, default, tag, "posts", out var posts));
        Assert.Same(tag.Posts, posts);
        Assert.False(accessor.TrySetValue(Context, default, tag, "slug", "x"));
        Assert.False(accessor.HasMember(Context, default, tag, "slugg"));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("kind")]
    public void Setting_a_member_does_what_Scriban_s_reflection_does(string member)
    {
        var (view, declared, reflected) = Both(nameof(HomePageView));
        var copy = ViewSamples.Make(typeof(HomePageView));

        var expected = Outcome(() => reflected.TrySetValue(Context, default, copy, member, "changed"));
        var outcome = Outcome(() => declared.TrySetValue(Context, default, view, member, "changed"));

        Assert.Equal(expected, outcome);
        Assert.Equal(reflected.TryGetValue(Context, default, copy, member, out var after) ? after : null,
            declared.TryGetValue(Context, default, view, member, out var now) ? now : null);
    }

    private static string Outcome(Func<bool> set)
    {
        try { return set().ToString(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    [Fact]
    public void A_theme_context_reads_views_through_the_declared_accessors_and_other_objects_as_Scriban_does()
    {
        var context = new ThemeTemplateContext(new ScriptObject(), TemplateLimits.ForSite(10), new TemplateFailures()) { MemberRenamer = StandardMemberRenamer.Default };

        foreach (var type in ViewSamples.Records)
            Assert.Same(DeclaredAccessor.For(type), context.GetMemberAccessor(ViewSamples.Make(type)));
        Assert.IsType<TypedObjectAccessor>(context.GetMemberAccessor(new Uri("https://example.com/")));
        Assert.IsType<ParamsAccessor>(context.GetMemberAccessor(new SalesForDevs.Yaml.ParamsMap(new Dictionary<string, object?>())));
    }
}
