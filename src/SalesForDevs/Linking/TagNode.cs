namespace SalesForDevs.Linking;

/// <summary>A tag with its published posts, newest first.</summary>
internal sealed class TagNode(string name, string slug)
{
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public string Url => $"/tags/{Slug}/";
    public IReadOnlyList<PostNode> Posts { get; internal set; } = [];
}
