using SalesForDevs.Views;

namespace SalesForDevs.Outputs;

/// <summary>What one page's templates see besides <c>site</c>: its <c>page</c> and, on a paginated list, its <c>paginator</c>.</summary>
internal readonly record struct PageData(PageView View, PaginatorView? Paginator);
