namespace SalesForDevs.Rendering.Templates.Views;

/// <summary>The email provider's signup form as the subscribe box renders it.</summary>
public sealed record EmailFormView(string Provider, string Action, string Method, string EmailField, string NameField, IReadOnlyList<LinkRef> Hidden, string Honeypot);
