namespace SalesForDevs.Checking;

/// <summary>A URL as written in an output file, and what it is for.</summary>
internal sealed record FoundLink(string Url, LinkKind Kind)
{
    public string Noun => Kind switch
    {
        LinkKind.Image => "image",
        LinkKind.Script => "script",
        LinkKind.Stylesheet => "stylesheet",
        LinkKind.Resource => "resource",
        LinkKind.Frame => "frame",
        LinkKind.FeedItem => "feed entry link",
        _ => "link",
    };
}
