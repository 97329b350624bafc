namespace SalesForDevs.Views;

/// <summary>
/// An author as bylines, author pages and lists show them (<c>page.authors</c>, <c>post.authors</c>, <c>page.author</c>).
/// <see cref="Url"/> is the author's page on this site; <see cref="Website"/> their own site ("" when none);
/// <see cref="Avatar"/> a link to their picture ("" when none).
/// </summary>
internal sealed record AuthorRef(string Key, string Name, string Url, string Website, string Bio, string Avatar, int Count);
