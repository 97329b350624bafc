namespace SalesForDevs.Outputs;

/// <summary>
/// One file of the built site: a site-relative path (forward slashes) and either generated text
/// (written as UTF-8 without BOM) or a source file to copy as-is.
/// </summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom = null)
{
    public static OutputFile Generated(string path, string text) => new(path, text);

    public static OutputFile Copy(string path, string source) => new(path, null, source);
}
