using System.CommandLine;
using SalesForDevs.Serving;

namespace SalesForDevs.Cli;

/// <summary><c>sfd serve [--host 127.0.0.1] [--port 4000] [--drafts] [--future]</c></summary>
internal static class ServeCommand
{
    public static readonly Option<string> Host = new("--host") { Description = "The address to listen on (127.0.0.1, 0.0.0.0 for every interface, or localhost)", DefaultValueFactory = _ => "127.0.0.1" };
    public static readonly Option<int> Port = new("--port", "-p") { Description = "The port to listen on (0 picks a free one)", DefaultValueFactory = _ => 4000 };
    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Include posts marked draft: true" };
    public static readonly Option<bool> Future = new("--future") { Description = "Include posts dated in the future" };

    public static Command Create(CliContext cli)
    {
        var command = new Command("serve", "Build the site, serve it locally, rebuild on every change and reload the browser");
        command.Options.Add(Host);
        command.Options.Add(Port);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var site = cli.FindSite(parse);
            if (site is null) return Program.BadUsage;
            var options = new ServeOptions
            {
                Host = parse.GetValue(Host)!,
                Port = parse.GetValue(Port),
                IncludeDrafts = parse.GetValue(Drafts),
                IncludeFuture = parse.GetValue(Future),
                Clock = TimeProvider.System,
                Verbose = CliContext.IsVerbose(parse),
            };
            SiteServer server;
            try
            {
                server = await SiteServer.StartAsync(site, options, cli.Out, cli.Error, cancellationToken);
            }
            catch (ArgumentException e)
            {
                cli.Error.WriteLine($"error: {e.Message}");
                return Program.BadUsage;
            }
            catch (IOException e)
            {
                cli.Error.WriteLine($"error: cannot listen on {options.Host}:{options.Port}: {e.Message.TrimEnd('.')}; pass another --port");
                return Program.BadUsage;
            }
            catch (OperationCanceledException)
            {
                return Program.Success;
            }

            await using (server)
            {
                cli.Out.WriteLine($"Serving {server.Url}");
                cli.Out.WriteLine("Watching content/, themes/, layouts/ and site.yml. Press Ctrl+C to stop.");
                cli.Out.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                }
                cli.Out.WriteLine("Stopping.");
            }
            return Program.Success;
        });
        return command;
    }
}
