using System.Collections.Concurrent;
using System.Globalization;
using Scriban.Runtime;
using Scriban.Syntax;
using SalesForDevs.Linking;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>
/// Renders shortcode templates with the same settings as layouts (strict variables, limits, snake_case, includes of
/// the theme's partials). Thread-safe: contexts are pooled, each render pushes and pops its own globals.
/// </summary>
internal sealed class ShortcodeRenderer
{
    private readonly ThemeTemplateLoader _loader;
    private readonly ScriptObject _functions;
    private readonly TemplateBuiltins _builtins = new();
    private readonly TemplateLimits _limits;
    private readonly TemplateFailures _failures = new();
    private readonly Theme _theme;
    private readonly ConcurrentBag<ThemeTemplateContext> _contexts = new();

    public ShortcodeRenderer(Theme theme, UrlBuilder urls, TemplateLimits limits, Languages.Translations strings)
    {
        _theme = theme;
        _limits = limits;
        _loader = new ThemeTemplateLoader(theme);
        _functions = TemplateFunctions.Create(urls, strings);
        _functions["include"] = new IncludeChainFunction();
    }

    /// <summary>
    /// The template's output, trimmed (a shortcode inside a sentence must not bring the file's last newline along);
    /// null after reporting an error. A mistake in the call (<see cref="ShortcodeUseException"/>) is reported at
    /// <paramref name="calledAt"/>; a template error at the template's line, naming the call.
    /// </summary>
    public string? Render(ShortcodeTemplate template, ScriptObject globals, SourceLocation calledAt, DiagnosticBag diagnostics)
    {
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        context.PushGlobal(globals);
        context.StartPage("shortcodes/" + template.Name);
        try
        {
            var output = template.Template.Render(context);
            context.PopGlobal();
            _contexts.Add(context);
            return output.Trim();
        }
        catch (ScriptRuntimeException ex) when (Use(ex) is { } use)
        {
            diagnostics.Error("shortcode-use", $"shortcode `{template.Name}`: {use.Message}", calledAt);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error("template-runtime", $"{ex.OriginalMessage} (in shortcode `{template.Name}` called at {calledAt})",
                TemplateErrors.Location(template.SourcePath, ex.Span));
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Error("template-runtime", $"the templates call each other too deeply; look for an include that calls itself (in shortcode `{template.Name}` called at {calledAt})",
                new SourceLocation(template.SourcePath));
        }
        return null;
    }

    private static ShortcodeUseException? Use(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is ShortcodeUseException use) return use;
        return null;
    }

    private ThemeTemplateContext NewContext()
    {
        var context = new ThemeTemplateContext(_builtins, _limits, _failures)
        {
            StrictVariables = true,
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
