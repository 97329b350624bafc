namespace SalesForDevs.Linking;

/// <summary>What a post shows for comments: front matter's <c>comments: closed</c> wins; open needs a provider in site.yml.</summary>
internal enum CommentState
{
    /// <summary>No provider is configured: nothing is shown.</summary>
    None,
    /// <summary>The provider's widget.</summary>
    Open,
    /// <summary>"Comments are closed here."</summary>
    Closed,
}
