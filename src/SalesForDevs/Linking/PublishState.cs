namespace SalesForDevs.Linking;

/// <summary>Whether a content file is on the site in this build, and if not, why.</summary>
internal enum PublishState
{
    Published,
    /// <summary>Dated after the build time: announced as "coming soon", linked once its day comes.</summary>
    Future,
    /// <summary>A draft: hidden everywhere; links to it show their text alone.</summary>
    Draft,
}
