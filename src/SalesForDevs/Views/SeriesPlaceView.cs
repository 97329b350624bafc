namespace SalesForDevs.Views;

/// <summary>
/// <c>page.series</c> on a post in a series: the banner ("Sales for Devs · Strategy · part 2 of 10"), neighbours in reading
/// order, and the links between posts: builds_on backwards, put-into-practice forwards, and promises not out yet.
/// </summary>
internal sealed record SeriesPlaceView(
    string Title,
    string Url,
    string Section,
    string SectionTitle,
    int Part,
    int Of,
    int PartInSection,
    int OfInSection,
    string Label,
    PostRef? Previous,
    PostRef? Next);
