namespace SalesForDevs.Checking;

/// <summary>An output file read for checking: its path inside the output folder, the ids it defines (HTML only) and the links it holds.</summary>
internal sealed record ScannedFile(string Path, IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>False for an HTML page whose text stops before its closing &lt;/html&gt;: a page cut short.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>A redirect page (meta refresh), such as an alias of a moved post: nothing needs to link to it.</summary>
    public bool IsRedirect { get; init; }
}
