using Scriban.Runtime;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Markdown;
using SalesForDevs.Rendering.Templates.Shortcodes;
using SalesForDevs.Yaml;

namespace SalesForDevs.Outputs.Shortcodes;

/// <summary>
/// Checks one call against the shortcode's declared signature and gives the template its <c>args</c>: every declared
/// argument, null when not given. Positional arguments fill the declared ones in order; a call names all its
/// arguments or none.
/// </summary>
internal static class ShortcodeArgumentBinder
{
    public static ScriptObject? Bind(ShortcodeCall call, ShortcodeTemplate template, DiagnosticBag diagnostics)
    {
        var signature = template.Signature;
        var name = call.Name;
        var ok = true;
        void Error(string message, SourceLocation at)
        {
            diagnostics.Error("shortcode-call", message, at);
            ok = false;
        }

        if (call.Body && !signature.Body)
            Error($"shortcode `{name}` takes no body: write {{{{< {name} … >}}}} on its own, without a closing tag", call.At);
        else if (!call.Body && signature.Body)
            Error($"shortcode `{name}` takes a markdown body: write {{{{% {name} %}}}}, the body, then {{{{% /{name} %}}}}", call.At);

        var args = new ScriptObject();
        foreach (var parameter in signature.Parameters) args[parameter.Name] = null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        var positional = 0;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var at = call.ArgumentLocations[i];
            if (argument.Name is null)
            {
                if (call.Arguments.Any(a => a.Name is not null))
                {
                    Error($"shortcode `{name}` is called with named and positional arguments; name them all (key=\"value\") or none", at);
                    return null;
                }
                if (positional >= signature.Parameters.Count)
                {
                    Error(signature.Parameters.Count == 0
                        ? $"shortcode `{name}` takes no arguments"
                        : $"shortcode `{name}` takes at most {signature.Parameters.Count} positional argument{(signature.Parameters.Count == 1 ? "" : "s")}, in this order: {signature.Describe()}", at);
                    continue;
                }
                var parameter = signature.Parameters[positional++];
                args[parameter.Name] = argument.Value;
                given.Add(parameter.Name);
                continue;
            }
            if (signature.Find(argument.Name) is null)
            {
                var guess = KeySuggester.Closest(argument.Name, signature.Parameters.Select(p => p.Name));
                Error($"shortcode `{name}` has no argument `{argument.Name}`" + (guess is null ? "" : $"; did you mean `{guess}`?")
                    + $" It takes {signature.Describe()}.", at);
                continue;
            }
            if (!given.Add(argument.Name))
            {
                Error($"shortcode `{name}` is given `{argument.Name}` twice", at);
                continue;
            }
            args[argument.Name] = argument.Value;
        }
        foreach (var missing in signature.Parameters.Where(p => p.Required && !given.Contains(p.Name)))
            Error($"shortcode `{name}` needs the argument `{missing.Name}` (it takes {signature.Describe()})", call.At);
        return ok ? args : null;
    }
}
