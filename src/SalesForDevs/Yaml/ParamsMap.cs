using System.Collections.ObjectModel;

namespace SalesForDevs.Yaml;

/// <summary>
/// One mapping of free-form <c>params</c>, read-only. Its own type so that templates can treat a key nobody set as
/// empty (<c>page.params.subtitle ?? "…"</c>), as Hugo and Zola do, while a typo elsewhere stays an error.
/// </summary>
internal sealed class ParamsMap(IDictionary<string, object?> values) : ReadOnlyDictionary<string, object?>(values);
