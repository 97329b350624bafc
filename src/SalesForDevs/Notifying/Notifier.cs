using SalesForDevs.Building;
using SalesForDevs.Configuration;
using SalesForDevs.Diagnostics;
using SalesForDevs.Linking;

namespace SalesForDevs.Notifying;

/// <summary>
/// <c>sfd notify</c>: announces each published post that the state file does not list yet, to the webhook and/or the
/// email list, oldest first. The state file is saved as soon as a channel took a post, so a failure half-way never
/// announces a post twice and never skips one; a crash between sending and saving repeats that one delivery, with the
/// same delivery id. One run at a time: a second one exits with a message. On the first run (no state file) every published post is recorded
/// without sending, unless <see cref="NotifyOptions.All"/>: adding notify to an existing blog must not mail its archive.
/// </summary>
internal static class Notifier
{
    public static async Task<NotifyResult> RunAsync(string siteDirectory, NotifyOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var log = options.Log;
        NotifyResult Done(int announced = 0, int recorded = 0) => new(diagnostics.Sorted(), announced, recorded);

        var site = SiteBuilder.Render(siteDirectory, new BuildOptions { Now = options.Now, BaseUrlOverride = options.BaseUrlOverride }, diagnostics);
        if (site is null) return Done();
        var config = site.Graph.Config.Notify;
        if (config.Webhook is null && config.Smtp is null)
        {
            diagnostics.Error("notify-unconfigured", "there is nothing to notify: site.yml has neither `notify.webhook` nor `notify.smtp`; add one (see README.md, \"Announce new posts\")",
                new SourceLocation(SiteConfigLoader.FileName));
            return Done();
        }

        var store = new NotifyStateStore(Path.GetFullPath(config.State, siteDirectory), config.State);
        // Two runs at once would both read the same state and announce the same posts twice.
        var lockProblem = "";
        using var held = options.DryRun ? null : NotifyLock.TryTake(store.Path, store.DisplayPath, out lockProblem);
        if (!options.DryRun && held is null)
        {
            diagnostics.Error("notify-locked", lockProblem, new SourceLocation(store.DisplayPath));
            return Done();
        }
        var firstRun = !store.Exists;
        if (store.Load(diagnostics) is not { } state) return Done();

        var builder = new AnnouncementBuilder(site);
        var posts = site.Graph.Posts.Reverse().ToList();
        if (firstRun && !options.All)
        {
            try { return RecordAll(posts, builder, store, options, diagnostics); }
            catch (NotifyException ex) { diagnostics.Error("notify-state", ex.Message, new SourceLocation(store.DisplayPath)); return Done(); }
        }
        if (!firstRun && options.All)
            log.WriteLine($"note: --all only matters on the first run; {store.DisplayPath} exists, so only posts missing from it are announced.");

        var configured = new List<string>();
        if (config.Webhook is not null) configured.Add("webhook");
        if (config.Smtp is not null) configured.Add("email");
        var work = Work(posts, state, builder, configured);
        if (work.Count == 0)
        {
            log.WriteLine($"Nothing to announce: all {Count(posts.Count, "published post")} are in {store.DisplayPath}.");
            return Done();
        }

        var secrets = NotifySecrets.Resolve(config, options.Environment, options.DryRun, diagnostics, log);
        if (config.Smtp is not null) builder.CanWriteEmail(diagnostics);
        if (diagnostics.HasErrors) return Done();

        // Every announcement is built before anything is sent, so a template error cannot stop a run half-way.
        var announcements = new List<Announcement>();
        foreach (var item in work)
        {
            var announcement = builder.Build(item.Post);
            if (item.Channels.Contains("email")) announcement = builder.WithEmail(announcement, item.Post, diagnostics);
            if (announcement is not null) announcements.Add(announcement);
        }
        if (diagnostics.HasErrors) return Done();

        using var webhook = config.Webhook is null ? null : new WebhookSender(config.Webhook, secrets.WebhookSecret, options.Retry);
        var smtp = config.Smtp is null ? null : new SmtpSender(config.Smtp, secrets.SmtpUser, secrets.SmtpPassword, options.SmtpTimeout, options.Now);
        var channels = new Dictionary<string, IAnnouncementChannel>(StringComparer.Ordinal);
        if (webhook is not null) channels["webhook"] = webhook;
        if (smtp is not null) channels["email"] = smtp;

        if (options.DryRun)
        {
            for (var i = 0; i < work.Count; i++)
                log.WriteLine($"Would announce \"{announcements[i].Title}\" ({announcements[i].Url}){To(work[i].Channels, channels)}.");
            log.WriteLine($"Dry run: nothing was sent and {store.DisplayPath} was not changed ({Count(work.Count, "post")} to announce).");
            return Done();
        }

        var announced = 0;
        for (var i = 0; i < work.Count; i++)
        {
            var (_, owed, entry) = work[i];
            var a = announcements[i];
            var sent = entry?.Sent.ToList() ?? [];
            var stillOwed = owed.ToList();
            foreach (var name in owed)
            {
                try
                {
                    await channels[name].SendAsync(a, cancellationToken);
                }
                catch (NotifyException ex)
                {
                    var next = sent.Count > 0
                        ? $"the {string.Join(" and ", sent)} already had it, so the next run sends it only by {string.Join(" and ", stillOwed)}"
                        : "the next run tries it again";
                    diagnostics.Error("notify-failed", $"\"{a.Title}\" was not announced: {ex.Message}; {next}", new SourceLocation(a.SourcePath));
                    if (announced > 0) log.WriteLine($"Announced {Count(announced, "post")} before the failure; {store.DisplayPath} lists them.");
                    return Done(announced);
                }
                // Recorded the moment the channel took it: a crash from here on cannot make this channel send it again.
                sent.Add(name);
                stillOwed.Remove(name);
                try
                {
                    store.Save(state = state.With(new NotifiedPost(a.Id, a.Url, a.Title, options.Now, sent.ToList(), stillOwed.ToList())));
                }
                catch (NotifyException ex)
                {
                    diagnostics.Error("notify-state", $"\"{a.Title}\" was sent by {name} but could not be recorded: {ex.Message}; the next run sends it by {name} again, with the same delivery id",
                        new SourceLocation(store.DisplayPath));
                    return Done(announced);
                }
            }
            announced++;
            log.WriteLine($"Announced \"{a.Title}\" ({a.Url}){To(owed, channels)}.");
        }
        log.WriteLine($"Announced {Count(announced, "new post")}; {store.DisplayPath} is up to date.");
        return Done(announced);
    }

    private static NotifyResult RecordAll(List<PostNode> posts, AnnouncementBuilder builder, NotifyStateStore store, NotifyOptions options, DiagnosticBag diagnostics)
    {
        var log = options.Log;
        if (options.DryRun)
        {
            log.WriteLine($"Dry run: this is the first run (there is no {store.DisplayPath}), so sfd notify would record the {Count(posts.Count, "published post")} as announced without sending anything; --all would announce them instead.");
            return new NotifyResult(diagnostics.Sorted(), 0, 0);
        }
        var state = NotifyState.Empty;
        foreach (var post in posts)
            state = state.With(new NotifiedPost(builder.Id(post), builder.Url(post), post.Title, options.Now, [], []));
        store.Save(state);
        log.WriteLine($"First run: there was no {store.DisplayPath}, so the {Count(posts.Count, "published post")} were recorded as announced without sending anything. " +
            "From now on each new post is announced once. To announce the existing posts instead, delete the file and run sfd notify --all.");
        return new NotifyResult(diagnostics.Sorted(), 0, posts.Count);
    }

    /// <summary>Posts the state does not list get every channel; posts a failed run left half-done get the channels they still owe.</summary>
    private static List<(PostNode Post, IReadOnlyList<string> Channels, NotifiedPost? Entry)> Work(
        List<PostNode> posts, NotifyState state, AnnouncementBuilder builder, List<string> configured)
    {
        var work = new List<(PostNode, IReadOnlyList<string>, NotifiedPost?)>();
        foreach (var post in posts)
        {
            var entry = state.Find(builder.Id(post));
            if (entry is null) work.Add((post, configured, null));
            else if (!entry.IsComplete) work.Add((post, entry.Pending.Where(configured.Contains).ToList(), entry));
        }
        return work;
    }

    private static string To(IReadOnlyList<string> owed, Dictionary<string, IAnnouncementChannel> channels) =>
        owed.Count == 0 ? "" : " by " + string.Join(" and by ", owed.Select(name => $"{name} to {channels[name].Target}"));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
