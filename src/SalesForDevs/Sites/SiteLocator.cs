using SalesForDevs.Configuration;

namespace SalesForDevs.Sites;

/// <summary>Finds the site to work on: the --source folder, or the nearest folder holding site.yml from the current one upwards (as git finds .git).</summary>
internal static class SiteLocator
{
    public static string? Find(string? source, string currentDirectory)
    {
        if (source is not null) return Path.GetFullPath(source, currentDirectory);
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SiteConfigLoader.FileName))) return dir.FullName;
        }
        return null;
    }
}
