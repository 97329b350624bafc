namespace SalesForDevs.Views;

internal sealed record YearGroupView(int Year, IReadOnlyList<PostRef> Posts);
