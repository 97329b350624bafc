namespace SalesForDevs.Views;

public sealed record YearGroupView(int Year, IReadOnlyList<PostRef> Posts);
