namespace SalesForDevs.Checking;

/// <summary>An output file read for checking: its path inside the output folder, the ids it defines (HTML only) and the links it holds.</summary>
internal sealed record ScannedFile(string Path, IReadOnlySet<string> Ids, IReadOnlyList<FoundLink> Links)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
