namespace SalesForDevs.Rendering.Templates.Views;

public sealed record YearGroupView(int Year, IReadOnlyList<PostRef> Posts);
