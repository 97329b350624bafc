namespace SalesForDevs.Outputs;

/// <summary>
/// Takes generated files as they are produced, so a build need not hold every page in memory until the end (a first
/// build into an empty folder writes each page straight to disk). What it returns stands in for the file in the
/// site's list: the same path, without the text once that was written.
/// </summary>
internal interface IOutputSink
{
    /// <summary>Called from several threads at once.</summary>
    OutputFile Write(OutputFile file);

    /// <summary>
    /// Takes generated text already encoded as UTF-8: the first <paramref name="length"/> bytes of <paramref name="buffer"/>,
    /// which was rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> and is returned there once written.
    /// Called from several threads at once.
    /// </summary>
    OutputFile Write(string path, byte[] buffer, int length);
}
