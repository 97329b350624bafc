using YamlDotNet.RepresentationModel;

namespace SalesForDevs.Tests.Support;

/// <summary>A GitHub Actions workflow read as YAML data, with the look-ups workflow tests share.</summary>
public sealed class WorkflowFile(YamlMappingNode root)
{
    public YamlMappingNode Root { get; } = root;

    public static WorkflowFile Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return new WorkflowFile((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public static YamlMappingNode Map(YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    public static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    public static List<string> Strings(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children[new YamlScalarNode(key)] switch
        {
            YamlSequenceNode list => list.Children.Select(n => ((YamlScalarNode)n).Value!).ToList(),
            YamlScalarNode one => [one.Value!],
            var other => throw new InvalidOperationException($"{key} is a {other.NodeType}"),
        };

    public static Dictionary<string, string> Permissions(YamlNode node) =>
        Map(node, "permissions").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    public YamlMappingNode Job(string name) => Map(Map(Root, "jobs"), name);

    public List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    /// <summary>Every step of every job.</summary>
    public IEnumerable<YamlMappingNode> AllSteps() =>
        Map(Root, "jobs").Children.Values.Cast<YamlMappingNode>()
            .Where(job => Has(job, "steps"))
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());

    public static int IndexOfUses(List<YamlMappingNode> steps, string action) =>
        steps.FindIndex(s => Scalar(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    public static int IndexOfRun(List<YamlMappingNode> steps, string command) =>
        steps.FindIndex(s => Scalar(s, "run")?.Contains(command, StringComparison.Ordinal) == true);
}
