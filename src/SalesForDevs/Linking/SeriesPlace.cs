namespace SalesForDevs.Linking;

/// <summary>A post's place in its series: "Sales for Devs · Strategy · part 2 of 10", with its neighbours in reading order.</summary>
internal sealed record SeriesPlace(SeriesNode Series, string Section, int Part, int Of, int PartInSection, int OfInSection)
{
    public PostNode? Previous { get; internal set; }
    public PostNode? Next { get; internal set; }
}
