using SalesForDevs.Configuration;

namespace SalesForDevs.Linking;

/// <summary>A series with its sections in reading order; <see cref="Parts"/> holds published posts, <see cref="Upcoming"/> future-dated ones.</summary>
internal sealed class SeriesNode(SeriesConfig config, string url)
{
    public SeriesConfig Config { get; } = config;
    public string Key => Config.Key;
    public string Title => Config.Title;
    /// <summary>/series/KEY/ without the base path.</summary>
    public string Url { get; } = url;
    public IReadOnlyList<SeriesSection> Sections { get; internal set; } = [];
    public IReadOnlyList<PostNode> Parts { get; internal set; } = [];
    public IReadOnlyList<PostNode> Upcoming { get; internal set; } = [];
}

/// <summary>One section of a series with its posts in order, published and upcoming mixed by date.</summary>
internal sealed record SeriesSection(string Name, IReadOnlyList<PostNode> Posts);
