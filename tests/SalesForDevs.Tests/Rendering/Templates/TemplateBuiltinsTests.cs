using System.Globalization;
using Scriban;
using Scriban.Runtime;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Tests.Rendering.Templates;

// Issue 14: Scriban's builtin objects are made when a template first reads them, not all at start.
public sealed class TemplateBuiltinsTests
{
    private static string Render(ScriptObject builtins, string text)
    {
        var context = new TemplateContext(builtins) { StrictVariables = true, MemberRenamer = StandardMemberRenamer.Default };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(new ScriptObject { ["day"] = new DateTime(2026, 1, 12, 9, 30, 0, DateTimeKind.Utc), ["items"] = new ScriptArray { 3, 1, 2 } });
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            return "error: " + e.OriginalMessage;
        }
    }

    [Theory]
    [InlineData("{{ 'a<b' | html.escape }}")]
    [InlineData("{{ items | array.sort | array.join ',' }} {{ items | array.size }} {{ items | array.map 'x' | array.size }}")]
    [InlineData("{{ 'Hello World' | string.downcase | string.replace 'world' 'there' }} {{ 'abc' | string.slice 1 }} {{ 'a.md' | string.ends_with '.md' }}")]
    [InlineData("{{ day }} {{ day | date.to_string '%d %B %Y' }} {{ date.format }}")]
    [InlineData("{{ 7 | math.divided_by 2 }} {{ 3.7 | math.floor }} {{ 'a1b22' | regex.replace '[0-9]+' '#' }}")]
    [InlineData("{{ {a: 1} | object.keys | array.join ',' }} {{ (timespan.from_minutes 90).hours }} {{ '' == empty }} {{ [] == blank }}")]
    [InlineData("{{ string = 1 }}")]
    [InlineData("{{ array.nope }}")]
    public void Templates_read_them_exactly_as_from_Scriban_s_own_table(string text) =>
        Assert.Equal(Render(new Scriban.Functions.BuiltinFunctions(), text), Render(new TemplateBuiltins(), text));

    [Fact]
    public void Only_the_objects_a_template_reads_are_made()
    {
        var builtins = new TemplateBuiltins();
        Assert.Equal("A&amp;B", Render(builtins, "{{ 'A&B' | html.escape }}"));

        Assert.True(builtins.IsMade("html"));
        Assert.False(builtins.IsMade("date"));
        Assert.False(builtins.IsMade("string"));
        Assert.True(builtins.Contains("date"));
        Assert.False(builtins.CanWrite("date"));
    }

    [Fact]
    public void Every_context_and_thread_reads_the_same_object()
    {
        var builtins = new TemplateBuiltins();
        var seen = Enumerable.Range(0, 64).AsParallel().Select(_ =>
        {
            var context = new TemplateContext(builtins);
            return context.GetValue(new Scriban.Syntax.ScriptVariableGlobal("string"));
        }).Distinct().ToList();

        Assert.Single(seen);
        Assert.Same(seen[0], builtins["string"]);
    }

    [Fact]
    public void Build_constants_name_the_builtins_and_make_one_only_when_it_is_compared()
    {
        var builtins = new TemplateBuiltins();
        var constants = new BuildConstants(new Dictionary<string, object?> { ["site"] = "the site" }, builtins, ["array", "string"]);

        Assert.Equal(["site", "array", "string"], constants.Keys);
        Assert.False(builtins.IsMade("array"));
        Assert.Same(builtins["array"], constants["array"]);
        Assert.Equal("the site", constants["site"]);
        Assert.False(constants.ContainsKey("date"));
        Assert.False(builtins.IsMade("string"));
    }
}
