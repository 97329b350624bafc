using System.Text;

namespace SalesForDevs.Scaffolding;

/// <summary>Writes a new post's markdown: front matter with every key the author needs, <c>draft: true</c>, and a short hint as the body.</summary>
internal static class PostSkeletonWriter
{
    public static string Write(PostSkeleton post)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(YamlQuoting.Quote(post.Title)).Append('\n');
        text.Append("date: ").Append(post.DateText).Append('\n');
        text.Append("slug: ").Append(YamlQuoting.Plain(post.Slug)).Append('\n');
        text.Append("# summary: \"One or two sentences for the home page and the feeds.\"\n");
        text.Append("tags: []\n");
        if (post.Series is not null) text.Append("series: ").Append(YamlQuoting.Plain(post.Series)).Append('\n');
        if (post.Section is not null) text.Append("section: ").Append(YamlQuoting.Plain(post.Section)).Append('\n');
        if (post.BuildsOn.Count > 0)
            text.Append("builds_on: [").Append(string.Join(", ", post.BuildsOn.Select(b => YamlQuoting.Plain(b.Slug)))).Append("]\n");
        text.Append("draft: true\n");
        text.Append("---\n\n");

        text.Append("Start with the paragraph you want on the home page and in the feeds, or end the excerpt with a line `<!--more-->`.\n\n");
        if (post.BuildsOn.Count > 0)
        {
            var links = post.BuildsOn.Select(b => $"[{EscapeLinkText(b.Title)}]({b.FileName})");
            text.Append("This post puts into practice ").Append(string.Join(" and ", links)).Append(".\n\n");
        }
        else
        {
            text.Append("Link to other posts by their file name, such as `[the last post](2026-01-12-some-slug.md)`.\n\n");
        }
        text.Append("Preview with `sfd build --drafts`; delete the line `draft: true` when the post is ready to publish.\n");
        return text.ToString();
    }

    private static string EscapeLinkText(string title) =>
        title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
