namespace SalesForDevs.Tests.Support;

/// <summary>Finds the repository root (the folder with SalesForDevs.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SalesForDevs.sln"))) return dir.FullName;
        throw new InvalidOperationException("SalesForDevs.sln not found above " + AppContext.BaseDirectory);
    }
}
