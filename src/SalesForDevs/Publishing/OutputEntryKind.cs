namespace SalesForDevs.Publishing;

/// <summary>What an entry of an output folder is, seen without following links.</summary>
internal enum OutputEntryKind
{
    File,
    Folder,
    /// <summary>A symbolic link, whatever it points at: never sfd's, never followed.</summary>
    Link,
}
