using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates.Views;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Renders pages through the theme: the page's layout makes the main column, then <c>base</c> wraps it as
/// <c>content</c>. Thread-safe: each call gets its own context over the shared, already parsed templates.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly Theme _theme;
    private readonly SiteView _site;
    private readonly ScriptObject _functions;
    private readonly ThemeTemplateLoader _loader;
    private readonly ConcurrentBag<TemplateContext> _contexts = new();
    // Scriban builds its builtin function table per context unless given one; sharing one read-only table saves that on every page.
    private readonly ScriptObject _builtins = new Scriban.Functions.BuiltinFunctions();

    public TemplateRenderer(Theme theme, SiteView site, UrlBuilder urls)
    {
        _theme = theme;
        _site = site;
        _functions = TemplateFunctions.Create(urls);
        _loader = new ThemeTemplateLoader(theme);
    }

    public Theme Theme => _theme;

    /// <summary>Renders <paramref name="layout"/> for one page; on a template error, reports it (naming the template line and the page) and returns null.</summary>
    public string? RenderPage(string layout, PageView page, PaginatorView? paginator, string pageSource, DiagnosticBag diagnostics)
    {
        var main = Render(layout, page, paginator, null, pageSource, diagnostics);
        if (main is null || layout == "base" || !_theme.Has("base")) return main;
        return Render("base", page, paginator, main, pageSource, diagnostics);
    }

    /// <summary>Renders one template with the standard globals and, optionally, extra ones (the email layout uses this).</summary>
    public string? Render(string layout, PageView page, PaginatorView? paginator, string? content, string pageSource, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, object?>? extra = null)
    {
        var template = _theme.Find(layout);
        if (template is null)
        {
            diagnostics.Error("missing-layout", $"layout `{layout}` not found in theme `{_theme.Name}` (needed by {pageSource})",
                new SourceLocation(_theme.Files.Display($"layouts/{layout}{ThemeLoader.Extension}")));
            return null;
        }

        // Contexts are costly to set up and a build renders two templates per page, so finished ones are reused.
        // Each render pushes its own globals (assignments land there) and pops them, so nothing leaks between pages.
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["page"] = page,
            ["paginator"] = paginator,
            ["content"] = content ?? page.Content,
        };
        if (extra is not null) foreach (var (key, value) in extra) globals[key] = value;
        context.PushGlobal(globals);
        try
        {
            var html = template.Template.Render(context);
            context.PopGlobal();
            _contexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            // A context that failed part-way may hold scopes of the failed render: it is dropped, not reused.
            var at = TemplateErrors.Location(template.SourcePath, ex.Span);
            diagnostics.Error("template-runtime", $"{ex.OriginalMessage} (while rendering {pageSource})", at);
            return null;
        }
    }

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(_builtins)
        {
            StrictVariables = true,
            // A misspelt member (page.titel) must be an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            TemplateLoader = _loader,
            // Archives and tag pages loop over every post; Scriban's default limit of 1000 iterations is too low.
            LoopLimit = int.MaxValue,
            NewLine = "\n",
            MemberRenamer = StandardMemberRenamer.Default,
        };
        foreach (var (name, t) in _theme.Templates) context.CachedTemplates[name] = t.Template;
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(_functions);
        return context;
    }
}
