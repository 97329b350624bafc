using System.Text.RegularExpressions;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests;

/// <summary>Dependencies point one way, down the stages: a stage never reaches into a later one.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// The build stages in order; each may use only those before it. Rendering is three stages: markdown bodies come
    /// before the views that show them, and the templates render views.
    /// </summary>
    private static readonly string[] Stages =
    [
        "Diagnostics", "Caching", "Files", "Yaml", "Languages", "Configuration", "Content", "Linking",
        "Rendering.Markdown", "Views", "Rendering.Templates", "Rendering.Html", "Outputs", "Publishing", "Building",
    ];

    /// <summary>The commands beside the build: each may use the stages, never another command.</summary>
    private static readonly string[] Commands = ["Sites", "Serving", "Checking", "Notifying", "Scaffolding"];

    private static IEnumerable<string> Units => Stages.Concat(Commands);

    [GeneratedRegex(@"\bSalesForDevs((?:\.[A-Z][A-Za-z]+)+)")]
    private static partial Regex NamespaceReference();

    private static string SourceRoot => Path.Combine(RepoPaths.Root, "src", "SalesForDevs");

    [Fact]
    public void Every_source_folder_is_a_known_stage_or_command()
    {
        var folders = Directory.GetDirectories(SourceRoot).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Units.Select(u => u.Split('.')[0]).Distinct().Order(StringComparer.Ordinal), folders);
        var rendering = Directory.GetDirectories(Path.Combine(SourceRoot, "Rendering")).Select(f => "Rendering." + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(Units.Where(u => u.StartsWith("Rendering.", StringComparison.Ordinal)).Order(StringComparer.Ordinal), rendering);
    }

    [Fact]
    public void Stages_use_only_earlier_stages_and_commands_use_no_other_command()
    {
        var wrong = new List<string>();
        foreach (var unit in Units)
        {
            var allowed = Array.IndexOf(Stages, unit) is var index and >= 0 ? Stages[..(index + 1)] : [.. Stages, unit];
            var folder = Path.Combine(SourceRoot, Path.Combine(unit.Split('.')));
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (var used in NamespaceReference().Matches(File.ReadAllText(file)).Select(m => UnitOf(m.Groups[1].Value[1..])).Distinct())
                {
                    if (used is not null && !allowed.Contains(used))
                        wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} uses SalesForDevs.{used}");
                }
            }
        }
        Assert.True(wrong.Count == 0, "wrong-way references:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Compiled_stages_use_only_earlier_stages_and_commands_use_no_other_command()
    {
        var wrong = WrongWayReferences(typeof(SalesForDevs.Building.SiteBuilder).Assembly.GetTypes());
        Assert.True(wrong.Count == 0, "wrong-way references:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_library_and_the_command_line_export_no_types()
    {
        // Internal by default (issue 13): templates read view records by reflection, which needs no public type, and
        // only sfd and these tests use the library (InternalsVisibleTo in Directory.Build.props).
        var exported = typeof(SalesForDevs.Building.SiteBuilder).Assembly.GetExportedTypes()
            .Concat(typeof(SalesForDevs.Cli.Program).Assembly.GetExportedTypes())
            .Select(t => t.FullName).Order(StringComparer.Ordinal);
        Assert.Empty(exported);
    }

    [Fact]
    public void The_compiled_check_catches_a_short_reference_to_a_later_stage()
    {
        var wrong = WrongWayReferences([typeof(SalesForDevs.Linking.PlantedWrongWayReference)]);
        // The call names SiteOutputs; the value it returns is an IOutputCache, which is Outputs too.
        Assert.Equal(
            ["SalesForDevs.Linking.PlantedWrongWayReference uses SalesForDevs.Outputs.IOutputCache",
             "SalesForDevs.Linking.PlantedWrongWayReference uses SalesForDevs.Outputs.SiteOutputs"], wrong);
    }

    [Fact]
    public void Only_notifying_and_the_symbol_tag_slug_use_cryptography()
    {
        // The first use of System.Security.Cryptography loads OpenSSL (libssl, libcrypto: milliseconds and megabytes a
        // small build pays for nothing). Caches key content with XxHash128 instead. Webhook signing needs HMAC, and a tag
        // made only of symbols keeps the SHA-256 slug its published URL has.
        var users = typeof(SalesForDevs.Building.SiteBuilder).Assembly.GetTypes()
            .Where(t => TypeReferences.Of(t).Any(u => u.Namespace?.StartsWith("System.Security.Cryptography", StringComparison.Ordinal) == true))
            .Select(t => Outermost(t).FullName!)
            .Where(name => !name.StartsWith("SalesForDevs.Notifying.", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["SalesForDevs.Content.Slugifier"], users);
    }

    /// <summary>Each type's uses (read from its compiled code) of a stage after its own, or of another command.</summary>
    private static List<string> WrongWayReferences(IEnumerable<Type> types)
    {
        var wrong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (UnitOfType(type) is not { } unit) continue;
            var allowed = Array.IndexOf(Stages, unit) is var index and >= 0 ? Stages[..(index + 1)] : [.. Stages, unit];
            foreach (var used in TypeReferences.Of(type))
            {
                if (UnitOfType(used) is { } usedUnit && !allowed.Contains(usedUnit))
                    wrong.Add($"{Outermost(type).FullName} uses {Outermost(used).FullName}");
            }
        }
        return [.. wrong];
    }

    private static string? UnitOfType(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("SalesForDevs.", StringComparison.Ordinal) ? UnitOf(ns["SalesForDevs.".Length..]) : null;

    /// <summary>Lambdas and iterators compile to nested types; name the type the code was written in.</summary>
    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    /// <summary>The stage or command a namespace belongs to: the longest unit it starts with.</summary>
    private static string? UnitOf(string ns) =>
        Units.Where(u => ns == u || ns.StartsWith(u + ".", StringComparison.Ordinal)).MaxBy(u => u.Length);
}
