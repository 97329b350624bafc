using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// Resolves each post's builds_on slugs, rejects links that point forward in time or form a cycle,
/// and fills the inverse lists (<see cref="PostNode.PracticedIn"/>, <see cref="PostNode.PromisedIn"/>).
/// </summary>
internal static class BuildsOnLinker
{
    public static void Link(IReadOnlyList<PostNode> nodes, DiagnosticBag diagnostics)
    {
        var posts = nodes.Where(n => n.IsPost).ToList();
        var bySlug = posts.GroupBy(p => p.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.State).First(), StringComparer.Ordinal);

        foreach (var post in posts.Where(p => p.State != PublishState.Draft))
        {
            var targets = new List<PostNode>();
            foreach (var reference in post.Item.FrontMatter.BuildsOn)
            {
                if (!bySlug.TryGetValue(reference.Value, out var target))
                {
                    var guess = Yaml.KeySuggester.Closest(reference.Value, bySlug.Keys);
                    diagnostics.Error("builds-on-missing",
                        $"builds_on names `{reference.Value}`, but no post has that slug" + (guess is null ? "" : $"; did you mean `{guess}`?"),
                        reference.At);
                    continue;
                }
                if (target == post)
                {
                    diagnostics.Error("builds-on-cycle", $"builds_on names this post itself (`{reference.Value}`)", reference.At);
                    continue;
                }
                if (target.Date > post.Date)
                {
                    diagnostics.Error("builds-on-forward",
                        $"builds_on names `{reference.Value}`, which is dated {target.Date:yyyy-MM-dd}, after this post ({post.Date:yyyy-MM-dd}); a post can only build on earlier posts",
                        reference.At);
                    continue;
                }
                if (!targets.Contains(target)) targets.Add(target);
            }
            post.BuildsOn = targets;
        }

        ReportCycles(posts, diagnostics);

        var buildersOf = new Dictionary<PostNode, List<PostNode>>();
        foreach (var builder in posts)
            foreach (var target in builder.BuildsOn)
                (buildersOf.TryGetValue(target, out var list) ? list : buildersOf[target] = []).Add(builder);
        foreach (var (target, builders) in buildersOf)
        {
            var ordered = builders.OrderBy(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
            target.PracticedIn = ordered.Where(p => p.IsPublished).ToList();
            target.PromisedIn = ordered.Where(p => p.State == PublishState.Future).ToList();
        }
    }

    /// <summary>Posts dated the same day can still name each other; a depth-first walk finds any loop.</summary>
    private static void ReportCycles(IReadOnlyList<PostNode> posts, DiagnosticBag diagnostics)
    {
        var state = new Dictionary<PostNode, int>();
        foreach (var start in posts.OrderBy(p => p.Item.SourcePath, StringComparer.Ordinal))
            Visit(start, [], state, diagnostics);
    }

    private static void Visit(PostNode node, List<PostNode> path, Dictionary<PostNode, int> state, DiagnosticBag diagnostics)
    {
        if (state.TryGetValue(node, out var s))
        {
            if (s == 1)
            {
                var loop = path.Skip(path.IndexOf(node)).Append(node).Select(p => p.Slug);
                var at = node.Item.FrontMatter.BuildsOn.FirstOrDefault()?.At ?? new SourceLocation(node.Item.SourcePath, 1, 1);
                diagnostics.Error("builds-on-cycle", $"builds_on forms a cycle: {string.Join(" -> ", loop)}", at);
            }
            return;
        }
        state[node] = 1;
        path.Add(node);
        foreach (var next in node.BuildsOn) Visit(next, path, state, diagnostics);
        path.RemoveAt(path.Count - 1);
        state[node] = 2;
    }
}
