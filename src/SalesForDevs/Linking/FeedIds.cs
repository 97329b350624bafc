using System.Globalization;
using SalesForDevs.Diagnostics;

namespace SalesForDevs.Linking;

/// <summary>
/// What names a post in feeds for good: its front matter <c>id</c> (the slug it was first published with, or a full
/// URI) or else its slug, with its date. Feed readers merge entries that share an id, so two posts must not.
/// </summary>
internal static class FeedIds
{
    /// <summary>The id's key: a full URI as written, else "DATE:NAME" with NAME the <c>id</c> or the slug.</summary>
    public static string Key(PostNode post) =>
        post.FeedId is { } id && IsUri(id)
            ? id
            : string.Create(CultureInfo.InvariantCulture, $"{post.Date ?? DateTimeOffset.UnixEpoch:yyyy-MM-dd}:{post.FeedId ?? post.Slug}");

    /// <summary>An id with a scheme (urn:uuid:…, tag:…, https://…) is used as it is.</summary>
    public static bool IsUri(string id) => id.IndexOf(':') is > 0 and var colon && char.IsAsciiLetter(id[0])
        && id[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');

    public static void ReportShared(IEnumerable<PostNode> posts, DiagnosticBag diagnostics)
    {
        foreach (var group in posts.GroupBy(Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(n => n.Item.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var node in group)
            {
                if (node.Item.FrontMatter.Id is not { } id) continue; // The shared slug is reported by itself.
                diagnostics.Error("shared-feed-id", $"id `{id.Value}` gives this post the same feed id as {string.Join(", ", files.Where(f => f != node.Item.SourcePath))}; feed readers would show one of them only, so give it another id",
                    id.At);
            }
        }
    }
}
