using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Resolves <c>include "partials/sidebar"</c> to a parsed template of the theme. Every context is seeded with the
/// parsed templates, so includes are never parsed again per page.
/// </summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/').Trim('/');
        if (name.EndsWith(ThemeLoader.Extension, StringComparison.Ordinal)) name = name[..^ThemeLoader.Extension.Length];
        if (!theme.Has(name))
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\" not found: no layouts/{name}{ThemeLoader.Extension} in theme `{theme.Name}` or the site's layouts/");
        return name;
    }

    // The text was read once when the theme loaded; a site's layouts/ override has it too, wherever it came from.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => theme.Find(templatePath)!.Source;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
