using System.Text;
using SalesForDevs.Configuration;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Rendering.Templates;

namespace SalesForDevs.Scaffolding;

/// <summary>
/// <c>sfd init [DIR]</c>: starts a blog in an empty or missing folder — site.yml, a first post, an about page,
/// .gitignore, a tool manifest and a GitHub Pages workflow. The theme is not copied: it comes from sfd itself.
/// A folder with files in it is refused unless forced, and even then no existing file is overwritten.
/// </summary>
internal static class SiteInitializer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static NewSiteResult Create(string directory, NewSiteRequest request)
    {
        var problems = new DiagnosticBag();
        Validate(request, problems);
        if (problems.HasErrors) return Fail(problems);

        if (File.Exists(directory))
        {
            problems.Error("init-not-folder", $"{directory} is a file, not a folder; pass a folder for the new site");
            return Fail(problems);
        }
        if (!request.Force && Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            problems.Error("init-not-empty",
                $"{directory} is not empty; sfd init starts a site in an empty or new folder. Pass another folder, or --force to add the missing files (existing files are never overwritten)");
            return Fail(problems);
        }

        var written = new List<string>();
        var kept = new List<string>();
        foreach (var file in StarterSite.Files(request))
        {
            var full = SitePaths.ToFileSystem(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                // CreateNew: a file that exists, or appears meanwhile, is never overwritten.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Utf8.GetBytes(file.Text));
                written.Add(file.Path);
            }
            catch (IOException) when (File.Exists(full) || Directory.Exists(full))
            {
                kept.Add(file.Path);
            }
        }
        return new NewSiteResult(true, written, kept, []);
    }

    private static void Validate(NewSiteRequest request, DiagnosticBag problems)
    {
        if (request.Title.Trim().Length == 0) problems.Error("init-title", "the title is empty; pass it in quotes: --title \"My Blog\"");
        if (!Uri.TryCreate(request.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            problems.Error("init-base-url", $"--base-url must be an absolute http(s) URL such as https://user.github.io/blog/, not \"{request.BaseUrl}\"");
        if (!Languages.LanguageTag.IsValid(request.Language))
            problems.Error("init-language", $"--language must be a language tag such as en, de or pt-BR (a language of 2 or 3 letters, then optional parts after '-'), not \"{request.Language}\"");
        if (!StarterSite.EmailProviders.Contains(request.EmailProvider))
        {
            problems.Error("init-email-provider", $"--email-provider must be one of {string.Join(", ", StarterSite.EmailProviders)}, not \"{request.EmailProvider}\"");
            return;
        }
        if (request.EmailAction is null) return;
        if (request.EmailProvider == "none")
            problems.Error("init-email-action", "--email-action needs --email-provider: name the provider whose form address it is");
        else if (EmailFormActions.Check(request.EmailProvider, request.EmailAction.Trim(), out _) is { } problem)
            problems.Error("init-email-action", $"--email-action {problem}");
    }

    private static NewSiteResult Fail(DiagnosticBag problems) => new(false, [], [], problems.Sorted());
}
