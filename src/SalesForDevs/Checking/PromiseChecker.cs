using SalesForDevs.Linking;

namespace SalesForDevs.Checking;

/// <summary>
/// Reports series promises not kept yet (<see cref="UnkeptPromises"/>: strategy posts no later post builds on,
/// published or scheduled). These are warnings: a series often publishes its strategy first, and the check tells
/// the author which tactics posts are still owed and how to start one.
/// </summary>
internal static class PromiseChecker
{
    public static IEnumerable<CheckProblem> Check(SiteGraph graph) =>
        UnkeptPromises.Find(graph.Series).Select(post =>
        {
            var sections = post.Series!.Series.Config.Sections;
            var (first, next) = (sections[0], sections[1]);
            return CheckProblem.Warning(CheckProblemKind.UnkeptPromise, post.OutputPath, null,
                $"{first} post \"{post.Title}\" ({post.Item.SourcePath}) is not put into practice yet: no later post has `builds_on: [{post.Slug}]`; start one with sfd new post \"TITLE\" --section {next} --builds-on {post.Slug}");
        });
}
