namespace SalesForDevs.Notifying;

/// <summary>
/// One post in the state file. <see cref="Sent"/> names the channels ("webhook", "email") that took it; it is empty
/// for posts recorded on the first run without sending. <see cref="Pending"/> names channels that still owe it,
/// after a run that failed half-way through the post; the next run sends only those.
/// </summary>
internal sealed record NotifiedPost(string Id, string Url, string Title, DateTimeOffset At, IReadOnlyList<string> Sent, IReadOnlyList<string> Pending)
{
    public bool IsComplete => Pending.Count == 0;
}
