using System.Text.RegularExpressions;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests;

/// <summary>Dependencies point one way, down the stages: a stage never reaches into a later one.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>The build stages in order; each may use only those before it.</summary>
    private static readonly string[] Stages =
        ["Diagnostics", "Files", "Yaml", "Configuration", "Content", "Linking", "Rendering", "Outputs", "Publishing", "Building"];

    /// <summary>The commands beside the build: each may use the stages, never another command.</summary>
    private static readonly string[] Commands = ["Sites", "Serving", "Checking", "Notifying", "Scaffolding"];

    [GeneratedRegex(@"\bSalesForDevs\.([A-Z][A-Za-z]+)")]
    private static partial Regex NamespaceReference();

    [Fact]
    public void Every_source_folder_is_a_known_stage_or_command()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src", "SalesForDevs"))
            .Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Stages.Concat(Commands).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Stages_use_only_earlier_stages_and_commands_use_no_other_command()
    {
        var wrong = new List<string>();
        foreach (var folder in Stages.Concat(Commands))
        {
            var allowed = Array.IndexOf(Stages, folder) is var index and >= 0 ? Stages[..(index + 1)] : [.. Stages, folder];
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "SalesForDevs", folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (var used in NamespaceReference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
                {
                    if (!allowed.Contains(used))
                        wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} uses SalesForDevs.{used}");
                }
            }
        }
        Assert.Empty(wrong);
    }
}
