namespace SalesForDevs.Tests.Support;

/// <summary>
/// Golden files live in tests/SalesForDevs.Tests/Golden/. Set SFD_UPDATE_GOLDEN=1 to rewrite the expected files
/// from the current output; review the diff like code.
/// </summary>
public static class Golden
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "SalesForDevs.Tests", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("SFD_UPDATE_GOLDEN") == "1";

    /// <summary>Compares <paramref name="actual"/> with the expected file, or rewrites it when updating.</summary>
    public static void Match(string expectedPath, string actual)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing golden file {expectedPath}; run the tests with SFD_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }
}
