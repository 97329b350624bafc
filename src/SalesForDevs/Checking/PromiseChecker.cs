using SalesForDevs.Linking;

namespace SalesForDevs.Checking;

/// <summary>
/// Reports series promises not kept yet: published posts in the first section of a series with two or more
/// sections (strategy) that no later post builds on, published or scheduled. These are warnings: a series
/// often publishes its strategy first, and the check tells the author which tactics posts are still owed.
/// </summary>
internal static class PromiseChecker
{
    public static IEnumerable<CheckProblem> Check(SiteGraph graph)
    {
        foreach (var series in graph.Series.Where(s => s.Config.Sections.Count >= 2))
        {
            var first = series.Config.Sections[0];
            var next = series.Config.Sections[1];
            foreach (var post in series.Sections.Where(s => s.Name == first).SelectMany(s => s.Posts))
            {
                if (!post.IsPublished || post.PracticedIn.Count > 0 || post.PromisedIn.Count > 0) continue;
                yield return CheckProblem.Warning(CheckProblemKind.UnkeptPromise, post.OutputPath, null,
                    $"{first} post \"{post.Title}\" ({post.Item.SourcePath}) is not put into practice yet: no later post has `builds_on: [{post.Slug}]`; start one with sfd new post \"TITLE\" --section {next} --builds-on {post.Slug}");
            }
        }
    }
}
