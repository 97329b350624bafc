namespace SalesForDevs.Linking;

/// <summary>
/// Fills <see cref="PostNode.Related"/>: for each published post, up to <c>related.count</c> other published posts,
/// ranked by what they share. A <c>builds_on</c> neighbour (either direction) scores 3, the same series 2, each shared
/// tag 1; posts that share nothing are never related. Equal scores go to the post nearest in date, then the newer,
/// then the slug, so the order is the same on every build.
/// Each tag and series lends only its <see cref="Window"/> posts nearest in date on either side of the post, so a
/// site of 10,000 posts in one series does not compare every pair; below that size the ranking is exact.
/// </summary>
internal static class RelatedLinker
{
    public const int Window = 50;

    private const int BuildsOnScore = 3;
    private const int SeriesScore = 2;
    private const int TagScore = 1;

    /// <param name="posts">Published posts, newest first (date, then slug).</param>
    public static void Link(IReadOnlyList<PostNode> posts, int count)
    {
        if (count <= 0 || posts.Count < 2) return;
        var position = new Dictionary<PostNode, int>(posts.Count);
        for (var i = 0; i < posts.Count; i++) position[posts[i]] = i;

        // Each index lists positions in ascending order, which is newest first.
        var byTag = new Dictionary<TermNode, List<int>>();
        var bySeries = new Dictionary<SeriesNode, List<int>>();
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var tag in posts[i].Tags) Add(byTag, tag, i);
            if (posts[i].Series is { } place) Add(bySeries, place.Series, i);
        }

        var score = new int[posts.Count];
        var touched = new List<int>();
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            foreach (var neighbour in post.BuildsOn.Concat(post.PracticedIn))
                if (position.TryGetValue(neighbour, out var j)) Score(j, BuildsOnScore);
            if (post.Series is { } place) foreach (var j in Near(bySeries[place.Series], i)) Score(j, SeriesScore);
            foreach (var tag in post.Tags) foreach (var j in Near(byTag[tag], i)) Score(j, TagScore);

            post.Related = Best(posts, i, touched, score, count);
            foreach (var j in touched) score[j] = 0;
            touched.Clear();
        }

        void Score(int j, int points)
        {
            if (score[j] == 0) touched.Add(j);
            score[j] += points;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(position);
    }

    /// <summary>The positions in <paramref name="list"/> within <see cref="Window"/> entries of <paramref name="self"/>, which it holds.</summary>
    private static IEnumerable<int> Near(List<int> list, int self)
    {
        var at = list.BinarySearch(self);
        for (var k = Math.Max(0, at - Window); k <= Math.Min(list.Count - 1, at + Window); k++)
            if (list[k] != self) yield return list[k];
    }

    /// <summary>The <paramref name="count"/> best of the scored posts, best first.</summary>
    private static IReadOnlyList<PostNode> Best(IReadOnlyList<PostNode> posts, int self, List<int> touched, int[] score, int count)
    {
        var best = new List<int>(count + 1);
        foreach (var j in touched)
        {
            if (j == self) continue;
            var at = best.Count;
            while (at > 0 && Before(j, best[at - 1])) at--;
            if (at < count) { best.Insert(at, j); if (best.Count > count) best.RemoveAt(count); }
        }
        return best.Select(j => posts[j]).ToList();

        bool Before(int a, int b)
        {
            if (score[a] != score[b]) return score[a] > score[b];
            var date = posts[self].Date!.Value;
            var nearA = (posts[a].Date!.Value - date).Duration();
            var nearB = (posts[b].Date!.Value - date).Duration();
            if (nearA != nearB) return nearA < nearB;
            // Positions follow date (newest first), then slug: the lower one is the newer, or the same date and the first slug.
            return a < b;
        }
    }
}
