namespace SalesForDevs.Diagnostics;

/// <summary>A place in a source file: a site-relative path with forward slashes, and a 1-based line and column (0 when unknown).</summary>
internal sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}
