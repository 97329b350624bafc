using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;
using SalesForDevs.Views;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Renders pages through the theme: the page's layout makes the main column, then <c>base</c> wraps it as
/// <c>content</c>. Thread-safe: each call gets its own context over the shared, already parsed templates.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly Theme _theme;
    private readonly SiteView _site;
    private readonly ScriptObject _functions;
    private readonly ThemeTemplateLoader _loader;
    private readonly ConcurrentBag<ThemeTemplateContext> _contexts = new();
    private readonly TemplateLimits _limits;
    private readonly TemplateFailures _failures = new();
    // Scriban builds its builtin function table per context unless given one; sharing one read-only table saves that on
    // every page, and making each builtin object when a template first reads it saves most of it on small sites.
    private readonly TemplateBuiltins _builtins = new();

    public TemplateRenderer(Theme theme, SiteView site, UrlBuilder urls, TemplateLimits limits, Languages.Translations strings)
    {
        _theme = theme;
        _site = site;
        _limits = limits;
        _functions = TemplateFunctions.Create(urls, strings);
        // Replaces Scriban's include with one that knows the chain, to name an include cycle.
        _functions["include"] = new IncludeChainFunction();
        _loader = new ThemeTemplateLoader(theme);
        Partials = new PartialCache(theme, BuildConstants());
        _contentAlone = ContentStatement.IsAlone(theme);
        _contentReaders = ContentStatement.Readers(theme);
        PageContentWrite.Apply(theme);
    }

    // The layouts that may read `content` when it is the page's own body: for the others it is not made into text.
    private readonly IReadOnlySet<string> _contentReaders;

    // Base writes {{ content }} once, alone: first builds render the page's layout right there (LayoutContent).
    private readonly bool _contentAlone;

    /// <summary>Partials whose output this build keeps and writes again (see <see cref="PartialAnalyzer"/>).</summary>
    public PartialCache Partials { get; }

    /// <summary>The globals that are the same on every page of the build, with their values: what a kept partial may read.</summary>
    private BuildConstants BuildConstants()
    {
        var constants = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = _site };
        foreach (var (name, value) in _functions) constants[name] = value;
        return new BuildConstants(constants, _builtins, PartialAnalyzer.BuiltinNames);
    }

    public Theme Theme => _theme;

    /// <summary>A page reached a template limit: rendering the rest would only repeat the error.</summary>
    public bool Stopped => _failures.Stopped;

    /// <summary>
    /// Renders <paramref name="layout"/> for one page; null on a template error, which is kept (naming the template
    /// line and the page) for <see cref="ReportFailures"/>.
    /// </summary>
    public string? RenderPage(string layout, PageView page, PaginatorView? paginator, string pageSource)
    {
        var main = Render(layout, page, paginator, null, pageSource);
        if (main is null || layout == "base" || !_theme.Has("base")) return main;
        return Render("base", page, paginator, main, pageSource);
    }

    /// <summary>
    /// Like <see cref="RenderPage(string, PageView, PaginatorView?, string)"/>, but the whole page goes to <paramref name="output"/> as the templates write it,
    /// instead of being made into a string; only the main column, which <c>base</c> reads as <c>content</c>, is one.
    /// False on a template error (kept as the string version keeps it), and then <paramref name="output"/> holds part of a page.
    /// </summary>
    public bool RenderPage(string layout, PageView page, PaginatorView? paginator, string pageSource, IScriptOutput output)
    {
        if (layout == "base" || !_theme.Has("base")) return Render(layout, page, paginator, null, pageSource, null, output) is not null;
        if (_contentAlone && _theme.Find(layout) is { } main)
            return Render("base", page, paginator, new LayoutContent(main, Globals(page, paginator, null, layout)), pageSource, null, output) is not null;
        var text = Render(layout, page, paginator, null, pageSource);
        return text is not null && Render("base", page, paginator, text, pageSource, null, output) is not null;
    }

    /// <summary>Adds the template errors of the pages rendered so far to <paramref name="diagnostics"/>, each once.</summary>
    public void ReportFailures(DiagnosticBag diagnostics) => _failures.ReportTo(diagnostics);

    /// <summary>Renders one template with the standard globals and, optionally, extra ones (the email layout uses this).</summary>
    /// <param name="output">Where the template writes; the result is then "" (null still means an error). The context's own string output when null.</param>
    public string? Render(string layout, PageView page, PaginatorView? paginator, object? content, string pageSource,
        IReadOnlyDictionary<string, object?>? extra = null, IScriptOutput? output = null)
    {
        if (_failures.Stopped) return null;
        var template = _theme.Find(layout);
        if (template is null)
        {
            _failures.Record(new SourceLocation(_theme.Files.Display($"layouts/{layout}{ThemeLoader.Extension}")),
                $"layout `{layout}` not found in theme `{_theme.Name}`", pageSource, stopsBuild: false);
            return null;
        }

        // Contexts are costly to set up and a build renders two templates per page, so finished ones are reused.
        // Each render pushes its own globals (assignments land there) and pops them, so nothing leaks between pages.
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        var globals = Globals(page, paginator, content, layout);
        if (extra is not null) foreach (var (key, value) in extra) globals[key] = value;
        context.PushGlobal(globals);
        context.StartPage(layout);
        try
        {
            if (output is not null) context.PushOutput(output);
            var html = template.Template.Render(context);
            if (output is not null) context.PopOutput();
            context.PopGlobal();
            _contexts.Add(context);
            return html;
        }
        catch (RenderStoppedException)
        {
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            // A context that failed part-way may hold scopes of the failed render: it is dropped, not reused.
            var at = TemplateErrors.Location(template.SourcePath, ex.Span);
            var limit = ex is TemplateLimitException || IsScribanLimit(ex.OriginalMessage);
            _failures.Record(at, limit ? Explain(ex.OriginalMessage) : ex.OriginalMessage, pageSource, stopsBuild: limit);
            return null;
        }
        catch (InsufficientExecutionStackException)
        {
            _failures.Record(new SourceLocation(template.SourcePath), "the templates call each other too deeply; look for a function or include that calls itself",
                pageSource, stopsBuild: true);
            return null;
        }
    }

    /// <summary>What every template of a page reads: <c>content</c> is the main column in base, the page's own body elsewhere.</summary>
    private ScriptObject Globals(PageView page, PaginatorView? paginator, object? content, string layout) => new()
    {
        ["site"] = _site,
        ["page"] = page,
        ["paginator"] = paginator,
        ["content"] = content ?? (_contentReaders.Contains(layout) ? (page as ContentPageView)?.Content : null) ?? "",
    };

    /// <summary>Scriban's own limits (loops, recursion, string and output size), which stop the build like ours.</summary>
    private static bool IsScribanLimit(string message) =>
        message.StartsWith("Exceeding", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal) ||
        message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal);

    private string Explain(string message) =>
        message.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal)
            ? $"this loop ran more than {_limits.LoopIterations:N0} times on one page, the limit for a site this size; does it ever end? ({message})"
            : message.Contains("LimitToString", StringComparison.Ordinal) || message.Contains("OutputLimit", StringComparison.Ordinal)
                ? $"a string or page would be longer than {_limits.Characters:N0} characters, which sfd refuses rather than cut it ({message})"
                : message;

    private ThemeTemplateContext NewContext()
    {
        var context = new ThemeTemplateContext(_builtins, _limits, _failures)
        {
            Partials = Partials,
            StrictVariables = true,
            // A misspelt member (page.titel) must be an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            TemplateLoader = _loader,
            NewLine = "\n",
            MemberRenamer = StandardMemberRenamer.Default,
        };
        foreach (var (name, t) in _theme.Templates) context.CachedTemplates[name] = t.Template;
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(_functions);
        return context;
    }
}
