namespace SalesForDevs.Scaffolding;

/// <summary>What <c>sfd init</c> was asked for.</summary>
/// <param name="Title">The blog's title.</param>
/// <param name="BaseUrl">Where the blog will live; the Pages workflow passes the real address at build time.</param>
/// <param name="Today">The welcome post's date (the caller's clock, so tests pin it).</param>
/// <param name="ToolVersion">The sfd version that writes the site; the tool manifest pins it.</param>
internal sealed record NewSiteRequest(string Title, string BaseUrl, DateOnly Today, string ToolVersion)
{
    public const string DefaultTitle = "My Blog";
    public const string DefaultBaseUrl = "https://example.com/";

    public const string DefaultLanguage = "en";

    /// <summary>site.yml's <c>language</c>: a BCP 47 tag such as en, de or pt-BR.</summary>
    public string Language { get; init; } = DefaultLanguage;

    /// <summary>buttondown, mailchimp, kit, generic or none.</summary>
    public string EmailProvider { get; init; } = "none";

    /// <summary>The provider's form address, when known; without it the email block is written commented out.</summary>
    public string? EmailAction { get; init; }

    /// <summary>Write into a folder that already has files (never over one of them).</summary>
    public bool Force { get; init; }
}
