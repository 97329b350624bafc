namespace SalesForDevs.Notifying;

/// <summary>A hook refused or could not take an announcement, or the state file cannot be used. The message says which and what to do; it never holds a secret.</summary>
internal sealed class NotifyException(string message) : Exception(message);
