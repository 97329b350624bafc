using SalesForDevs.Outputs;

namespace SalesForDevs.Publishing;

/// <summary>What publishing over an existing output must do: write the files that changed, delete the ones the site no longer has.</summary>
internal sealed record PublishPlan(IReadOnlyList<PlannedFile> Changed, IReadOnlyList<string> Stale, int Unchanged);

/// <summary>A file to write: generated text already encoded, or a source file to copy.</summary>
internal sealed record PlannedFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    public static PlannedFile From(OutputFile file, byte[]? bytes) => new(file.Path, bytes, file.CopyFrom);
}
