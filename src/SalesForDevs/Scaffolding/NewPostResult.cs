using SalesForDevs.Diagnostics;

namespace SalesForDevs.Scaffolding;

/// <summary>The outcome of <c>sfd new post</c>: the created file (full path) or the problems that stopped it.</summary>
internal sealed record NewPostResult(NewPostStatus Status, string? Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Status == NewPostStatus.Created;
}
