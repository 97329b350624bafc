namespace SalesForDevs.Views;

/// <summary>The email provider's signup form as the subscribe box renders it.</summary>
internal sealed record EmailFormView(string Provider, string Action, string Method, string EmailField, string NameField, IReadOnlyList<LinkRef> Hidden, string Honeypot)
{
    /// <summary>"posts" (each post in full by email) or "notes" (a short note with a link): subscribe wording follows it.</summary>
    public string Sends { get; init; } = "posts";
}
