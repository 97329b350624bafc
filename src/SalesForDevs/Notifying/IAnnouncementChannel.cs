namespace SalesForDevs.Notifying;

/// <summary>A place announcements go to: the webhook or the email list.</summary>
internal interface IAnnouncementChannel
{
    /// <summary>"webhook" or "email": the name the state file records.</summary>
    string Name { get; }

    /// <summary>Where it sends, for messages, with nothing secret in it (a webhook shows its origin only).</summary>
    string Target { get; }

    /// <exception cref="NotifyException">The announcement was not taken.</exception>
    Task SendAsync(Announcement announcement, CancellationToken cancellationToken);
}
