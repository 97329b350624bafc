namespace SalesForDevs.Notifying;

/// <summary>The post's place in its series, for hooks that want to show it ("Strategy · part 2 of 10").</summary>
internal sealed record AnnouncedSeries(string Key, string Title, string Section, int Part, int Of, string Label);
