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
    [InlineData("{{ '<p>a\nb</p>' | html.strip }}|{{ 'a\nb' | html.newline_to_br }}|{{ 'a b&c' | html.url_encode }}|{{ 'a b<c>' | html.url_escape }}|{{ null | html.escape }}|{{ 5 | html.escape }}")]
    [InlineData("{{ items | array.join ', ' @(do; ret $0 * 2; end) }}|{{ null | array.size }}|{{ 'abc' | array.size }}|{{ [{x: 1}, {x: 2}] | array.map 'x' | array.join '-' }}|{{ items | array.first }}")]
    [InlineData("{{ 'abcdef' | string.slice 1 3 }}|{{ 'abcdef' | string.slice -2 }}|{{ null | string.downcase }}|{{ 'ABC' | string.upcase }}|{{ 12 | string.ends_with '2' }}|{{ 'aaa' | string.replace 'a' 'b' }}")]
    [InlineData("{{ html.escape }}")]
    [InlineData("{{ string.slice }}")]
    [InlineData("{{ array.join items }}")]
    [InlineData("{{ html.escape 'a' 'b' }}")]
    [InlineData("{{ html.escape = 1 }}")]
    [InlineData("{{ html.nope = 1 }}")]
    [InlineData("{{ for f in html }}{{ f }},{{ end }}|{{ html | object.keys | array.join ',' }}|{{ html | object.size }}")]
    [InlineData("{{ string.slice text: 'abcdef' start: 2 length: 2 }}|{{ array.join list: items delimiter: ';' }}")]
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
    public void The_functions_the_default_theme_calls_are_not_Scriban_s_reflected_ones()
    {
        // Making any of Scriban's builtin objects runs its reflection over all builtins (issue 14: small sites' start-up).
        var builtins = new TemplateBuiltins();
        Assert.Equal("a&lt;b|3|1,2|abc|true|x|bc", Render(builtins,
            "{{ 'a<b' | html.escape }}|{{ (items | array.map 'x' | array.size) + 3 }}|{{ [1, 2] | array.join ',' }}|{{ 'ABC' | string.downcase }}|{{ 'a.md' | string.ends_with '.md' }}|{{ 'y' | string.replace 'y' 'x' }}|{{ 'abc' | string.slice 1 }}"));
        foreach (var (name, member) in new[] { ("html", "escape"), ("array", "size"), ("array", "map"), ("array", "join"), ("string", "downcase"), ("string", "ends_with"), ("string", "replace"), ("string", "slice") })
            Assert.IsType<TemplateFunction>(((ScriptObject)builtins.Get(name)!)[member]);
        Assert.IsType<ScribanBuiltinMember>(((ScriptObject)builtins.Get("string")!)["upcase"]);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("array")]
    [InlineData("string")]
    public void The_declared_objects_name_Scriban_s_members_in_Scriban_s_order(string name)
    {
        var scriban = (ScriptObject)new Scriban.Functions.BuiltinFunctions()[name]!;
        var ours = (ScriptObject)new TemplateBuiltins().Get(name)!;
        Assert.Equal(scriban.Keys, ours.Keys);
        Assert.All(ours.Keys, key => Assert.False(ours.CanWrite(key)));
        // Declared functions take what Scriban's take.
        foreach (var key in ours.Keys)
        {
            var (mine, theirs) = ((IScriptCustomFunction)ours[key]!, (IScriptCustomFunction)scriban[key]!);
            Assert.Equal((theirs.RequiredParameterCount, theirs.ParameterCount, theirs.VarParamKind, theirs.ReturnType), (mine.RequiredParameterCount, mine.ParameterCount, mine.VarParamKind, mine.ReturnType));
            for (var i = 0; i < theirs.ParameterCount; i++)
            {
                var (p, q) = (mine.GetParameterInfo(i), theirs.GetParameterInfo(i));
                Assert.Equal((q.Name, q.ParameterType, q.HasDefaultValue, q.DefaultValue), (p.Name, p.ParameterType, p.HasDefaultValue, p.DefaultValue));
            }
        }
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
