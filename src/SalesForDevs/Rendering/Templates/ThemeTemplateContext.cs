using System.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// A Scriban context that enforces <see cref="TemplateLimits"/> as errors: every loop step checks the page's time
/// and whether another page already stopped the build, and <see cref="Includes"/> holds the include chain so a
/// cycle can be named.
/// </summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    private readonly TemplateLimits _limits;
    private readonly TemplateFailures _failures;
    private long _deadline;

    public ThemeTemplateContext(ScriptObject builtins, TemplateLimits limits, TemplateFailures failures) : base(builtins)
    {
        _limits = limits;
        _failures = failures;
        LoopLimit = limits.LoopIterations;
        LimitToString = limits.Characters;
        OutputLimit = limits.Characters;
        // Scriban's default is to cut the string or the page and carry on: a published page must never be cut.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    public TemplateLimits Limits => _limits;

    /// <summary>Partial output kept for the build, shared by the build's contexts; null where nothing is kept (shortcodes).</summary>
    public PartialCache? Partials { get; init; }

    /// <summary>The layout being rendered, then each include under it, innermost last.</summary>
    public List<(string Template, SourceSpan At)> Includes { get; } = [];

    /// <summary>Starts the clock for one page.</summary>
    public void StartPage(string layout)
    {
        Includes.Clear();
        Includes.Add((layout, default));
        _deadline = Stopwatch.GetTimestamp() + (long)(_limits.PageTime.TotalSeconds * Stopwatch.Frequency);
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        // View records are read from their declared members, named as Scriban's standard renamer names them, which every
        // context of ours uses; one accessor per type serves all contexts.
        if (MemberFilter is null && MemberRenamer == StandardMemberRenamer.Default && DeclaredAccessor.For(target.GetType()) is { } declared)
            return declared;
        var accessor = base.GetMemberAccessorImpl(target)!;
        return target is Yaml.ParamsMap ? new ParamsAccessor(accessor) : accessor;
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        var go = base.OnStepLoop(loop);
        if (_failures.Stopped) throw new RenderStoppedException(loop.Span);
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new TemplateLimitException(loop.Span,
                $"this loop ran for more than {_limits.PageTime.TotalSeconds:0.#} s on one page; does it ever end?");
        return go;
    }
}

/// <summary>A template reached one of <see cref="TemplateLimits"/>: an error that stops the build.</summary>
internal sealed class TemplateLimitException(SourceSpan span, string message) : ScriptRuntimeException(span, message);

/// <summary>Another page reached a limit, so this one gave up; it reports nothing itself.</summary>
internal sealed class RenderStoppedException(SourceSpan span) : ScriptRuntimeException(span, "stopped");
