using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// The output of partials that <see cref="PartialAnalyzer"/> proved depend only on the build and a few page fields,
/// kept for one build (one <see cref="TemplateRenderer"/>; sfd serve makes a new one per build, so nothing kept can
/// outlive a change to the site or the theme). An include of such a partial writes the kept text, then sets the
/// globals the partial sets, as rendering it would have.
/// </summary>
internal sealed class PartialCache(Theme theme, IReadOnlyDictionary<string, object?> constants)
{
    /// <summary>Distinct outputs kept per partial: far above what the page kinds and comparisons of a real theme give.</summary>
    private const int MostEntries = 256;

    private readonly Theme _theme = theme;
    private readonly ConcurrentDictionary<string, KeptPartial> _partials = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _functions = constants.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>What the analysis found for a partial (for tests and --verbose).</summary>
    public PartialShape Shape(string name) => For(name).Shape;

    /// <summary>How many includes wrote kept text, and how many rendered (to keep or because they cannot be kept).</summary>
    public (long Reused, long Rendered) Counts => (_partials.Values.Sum(p => p.Reused), _partials.Values.Sum(p => p.Rendered));

    /// <summary>
    /// The output of partial <paramref name="name"/> for this include in <paramref name="html"/>: the kept text, or
    /// what <paramref name="render"/> made from <paramref name="state"/>, now kept. False when this include cannot use the
    /// cache, and must render. (State and a static function rather than a closure: this runs for every include of every page.)
    /// </summary>
    public bool TryWrite<TState>(TemplateContext context, string name, ScriptArray arguments, TState state, Func<TemplateContext, ScriptArray, TState, string> render,
        out string? html)
    {
        html = null;
        var partial = For(name);
        if (!partial.Shape.CanKeep || !partial.TryKey(context, arguments, constants, out var key)) return false;
        if (partial.Entries.TryGetValue(key, out var kept))
        {
            foreach (var (variable, value) in kept.Assigns) context.SetValue(variable, value);
            Interlocked.Increment(ref partial.Reused);
            html = kept.Html;
            return true;
        }
        // The globals the partial sets land in a scope of their own, to be set again on every page that reuses the output.
        var assigned = new ScriptObject();
        context.PushGlobal(assigned);
        try
        {
            html = render(context, arguments, state);
        }
        finally
        {
            context.PopGlobal();
        }
        var assigns = assigned.Select(a => ((ScriptVariable)ScriptVariable.Create(a.Key, ScriptVariableScope.Global), a.Value)).ToArray();
        foreach (var (variable, value) in assigns) context.SetValue(variable, value);
        Interlocked.Increment(ref partial.Rendered);
        // An object the templates made (a Scriban object or array) or a list could be changed by a later page: only plain values and the build's views are shared.
        if (partial.Entries.Count < MostEntries && !assigns.Any(a => a.Value is IScriptObject or System.Collections.IList))
            partial.Entries.TryAdd(key, new Kept(html, assigns));
        return true;
    }

    private KeptPartial For(string name) => _partials.TryGetValue(name, out var partial) ? partial
        : _partials.GetOrAdd(name, static (n, self) => new KeptPartial(PartialAnalyzer.Analyze(self._theme, n, self._functions)), this);

    private sealed record Kept(string Html, (ScriptVariable Variable, object? Value)[] Assigns);

    private sealed class KeptPartial
    {
        public readonly PartialShape Shape;
        public readonly ConcurrentDictionary<PartialKey, Kept> Entries = new();
        public long Reused;
        public long Rendered;
        private readonly PartialKeyReader[] _keys;
        private readonly ScriptVariableGlobal[] _constants;

        public KeptPartial(PartialShape shape)
        {
            Shape = shape;
            _keys = shape.Keys.Select(k => new PartialKeyReader(k)).ToArray();
            _constants = shape.Constants.Select(c => (ScriptVariableGlobal)ScriptVariable.Create(c, ScriptVariableScope.Global)).ToArray();
        }

        /// <summary>The key of this include: its page fields and arguments; false when something it reads is not what the analysis assumed.</summary>
        public bool TryKey(TemplateContext context, ScriptArray arguments, IReadOnlyDictionary<string, object?> constants, out PartialKey key)
        {
            key = default;
            // A layout may have assigned `site` or `t` on this page: then this include reads that, and renders.
            foreach (var constant in _constants)
                if (!ReferenceEquals(context.GetValue(constant), constants[constant.Name])) return false;
            var values = new object?[_keys.Length + Math.Max(0, arguments.Count - 1)];
            for (var i = 0; i < _keys.Length; i++)
                if (!_keys[i].TryRead(context, out values[i])) return false;
            for (var i = 1; i < arguments.Count; i++)
            {
                if (!PartialKey.IsScalar(arguments[i])) return false;
                values[_keys.Length + i - 1] = arguments[i];
            }
            key = new PartialKey(values);
            return true;
        }
    }
}
