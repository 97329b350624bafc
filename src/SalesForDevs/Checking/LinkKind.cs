namespace SalesForDevs.Checking;

/// <summary>What a link in an output file is for; only <see cref="Link"/>s make pages reachable, and each kind is named in messages.</summary>
internal enum LinkKind
{
    /// <summary>&lt;a href&gt; or &lt;area href&gt;: a reader can follow it.</summary>
    Link,
    Image,
    Script,
    Stylesheet,
    /// <summary>Other &lt;link href&gt; targets (feeds, canonical URL, icons) and media.</summary>
    Resource,
    Frame,
    /// <summary>An entry's URL inside a feed.</summary>
    FeedItem,
}
