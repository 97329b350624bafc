namespace SalesForDevs.Notifying;

/// <summary>Which posts were announced, in the order they were recorded. Immutable: each change makes a new state.</summary>
internal sealed record NotifyState(IReadOnlyList<NotifiedPost> Posts)
{
    public const int Version = 1;

    public static NotifyState Empty { get; } = new([]);

    public NotifiedPost? Find(string id) => Posts.FirstOrDefault(p => p.Id == id);

    /// <summary>This state with <paramref name="post"/> replacing the entry of the same id, or appended.</summary>
    public NotifyState With(NotifiedPost post)
    {
        var posts = Posts.ToList();
        var index = posts.FindIndex(p => p.Id == post.Id);
        if (index >= 0) posts[index] = post;
        else posts.Add(post);
        return new NotifyState(posts);
    }
}
