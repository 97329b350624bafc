namespace SalesForDevs.Files;

/// <summary>A path whose symbolic links lead round in a circle (or through more links than the system follows).</summary>
internal sealed class LinkLoopException(string path) : IOException($"{path} is a loop of symbolic links")
{
    public string LinkPath { get; } = path;
}
