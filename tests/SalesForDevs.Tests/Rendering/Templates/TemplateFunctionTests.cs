using Scriban;
using Scriban.Runtime;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Tests.Rendering.Templates;

/// <summary>
/// A declared template function behaves in templates exactly as the same function imported as a delegate (Scriban's
/// reflection path, which the native build pays for at start-up): same results, same conversions, same errors.
/// </summary>
public sealed class TemplateFunctionTests
{
    private static string Image(string src) => "image:" + src;
    private static void Fail(string message) => throw new InvalidOperationException("failed: " + message);

    private static ScriptObject Declared()
    {
        var functions = new ScriptObject();
        functions.SetValue("url", TemplateFunction.Of<string?, string>("path", path => "u" + path), readOnly: true);
        functions.SetValue("date", TemplateFunction.Of<DateTime?, string, string>("date", "format", (date, format) => date?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "none"), readOnly: true);
        functions.SetValue("minutes", TemplateFunction.Of<int, string>("words", words => (words / 230).ToString(System.Globalization.CultureInfo.InvariantCulture)), readOnly: true);
        functions.SetValue("image", TemplateFunction.Of<string, string>("src", Image), readOnly: true);
        functions.SetValue("fail", TemplateFunction.Of<string>("message", Fail), readOnly: true);
        return functions;
    }

    private static ScriptObject Imported()
    {
        var functions = new ScriptObject();
        functions.Import("url", new Func<string?, string>(path => "u" + path));
        functions.Import("date", new Func<DateTime?, string, string>((date, format) => date?.ToString(format, System.Globalization.CultureInfo.InvariantCulture) ?? "none"));
        functions.Import("minutes", new Func<int, string>(words => (words / 230).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        functions.Import("image", new Func<string, string>(Image));
        functions.Import("fail", new Action<string>(Fail));
        return functions;
    }

    private static string Render(ScriptObject functions, string template)
    {
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(functions);
        var globals = new ScriptObject { ["when"] = new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc) };
        context.PushGlobal(globals);
        try
        {
            return "ok: " + Template.Parse(template).Render(context);
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    [Theory]
    [InlineData("{{ url \"/a/\" }}")]
    [InlineData("{{ url 5 }}")]
    [InlineData("{{ url null }}")]
    [InlineData("{{ url path: \"/named/\" }}")]
    [InlineData("{{ \"/piped/\" | url }}")]
    [InlineData("{{ url }}")]
    [InlineData("{{ url \"a\" \"b\" }}")]
    [InlineData("{{ url = 1 }}")]
    [InlineData("{{ date when \"yyyy-MM-dd\" }}")]
    [InlineData("{{ date null \"yyyy\" }}")]
    [InlineData("{{ date when }}")]
    [InlineData("{{ minutes 1000 }}")]
    [InlineData("{{ minutes \"460\" }}")]
    [InlineData("{{ minutes 3.7 }}")]
    [InlineData("{{ image \"chart.png\" }}")]
    [InlineData("{{ fail \"no alt text\" }}")]
    [InlineData("{{ x = url; x \"/via-variable/\" }}")]
    public void Behaves_as_the_imported_delegate(string template)
    {
        var declared = Render(Declared(), template);
        Assert.Equal(Render(Imported(), template), declared);
        Assert.NotEqual("", declared);
    }

    [Theory]
    [InlineData("{{ url \"/a/\" }}", "ok: u/a/")]
    [InlineData("{{ date when \"yyyy-MM-dd\" }}", "ok: 2026-01-12")]
    [InlineData("{{ minutes 1000 }}", "ok: 4")]
    [InlineData("{{ url }}", "ScriptRuntimeException: <input>(1,7) : error : Invalid number of arguments `0` passed to `url` while expecting `1` arguments")]
    [InlineData("{{ fail \"x\" }}", "ScriptRuntimeException: <input>(1,4) : error : failed: x")]
    public void Gives_what_the_function_returns_or_throws(string template, string expected) =>
        Assert.Equal(expected, Render(Declared(), template));

    [Fact]
    public void The_build_functions_are_declared_not_imported_by_reflection()
    {
        var functions = TemplateFunctions.Create(new SalesForDevs.Linking.UrlBuilder(new Uri("https://example.org/blog/")), SalesForDevs.Languages.Translations.English);
        Assert.Equal(["absolute_url", "format_date", "reading_time", "relative_url", "t"], functions.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(functions.Values, f => f is DynamicCustomFunction);
        Assert.All(functions.Keys.Where(k => k != "t"), k => Assert.False(functions.CanWrite(k)));
    }
}
