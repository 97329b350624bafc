namespace SalesForDevs.Views;

/// <summary>A series as the home page's "Start here" block shows it: where to begin reading and where the whole series is listed.</summary>
internal sealed record SeriesStartView(string Title, string Url, string Description, PostRef First, int Published);
