using System.Globalization;
using System.Reflection;

namespace SalesForDevs.Scaffolding;

/// <summary>The files <c>sfd init</c> writes, in the order it writes them.</summary>
internal static class StarterSite
{
    public static readonly string[] EmailProviders = ["buttondown", "mailchimp", "kit", "generic", "none"];

    public const string WorkflowPath = ".github/workflows/pages.yml";
    public const string ToolManifestPath = ".config/dotnet-tools.json";

    public static IReadOnlyList<StarterFile> Files(NewSiteRequest request)
    {
        var day = request.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var words = StarterWords.For(request.Language);
        List<StarterFile> files =
        [
            new("site.yml", StarterConfig.Write(request, words)),
            new($"content/posts/{day}-{words.WelcomeSlug}.md", StarterContent.Welcome(words, request.Title, day)),
            new($"content/pages/{words.AboutSlug}.md", StarterContent.About(words, request.Title)),
        ];
        if (StarterTranslation.Write(request.Language) is { } translation) files.Add(translation);
        files.AddRange([new(".gitignore", GitIgnore), new(ToolManifestPath, ToolManifest(request.ToolVersion)), new(WorkflowPath, Workflow)]);
        return files;
    }

    private const string GitIgnore = """
        # The built site; the Pages workflow builds it anew.
        _site/
        # sfd's local state; the notify state file is kept so that the workflow can commit it.
        .sfd/*
        !.sfd/notified.json

        """;

    /// <summary>A local tool manifest pinning sfd, so `dotnet tool restore` installs the very version that wrote the site.</summary>
    public static string ToolManifest(string version) => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "salesfordevs.cli": {
              "version": "{{version}}",
              "commands": [
                "sfd"
              ],
              "rollForward": false
            }
          }
        }

        """;

    /// <summary>The GitHub Pages workflow for a site in its own repository (Starter/pages.yml, embedded).</summary>
    public static string Workflow { get; } = ReadResource("sfd/starter/pages.yml");

    private static string ReadResource(string name)
    {
        using var stream = typeof(StarterSite).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from {typeof(StarterSite).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
