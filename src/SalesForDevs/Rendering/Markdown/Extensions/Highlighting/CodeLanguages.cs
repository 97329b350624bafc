namespace SalesForDevs.Rendering.Markdown.Extensions.Highlighting;

/// <summary>
/// Maps the word after a code fence (```cs, ```sh) to a VS Code language id of the bundled grammars.
/// Names not listed here are left unhighlighted, as plain escaped code. Markdown is left out on purpose: its grammar
/// embeds nearly every other grammar (for fenced code), and loading them all costs about a second per build.
/// </summary>
internal static class CodeLanguages
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "csharp", ["cs"] = "csharp", ["c#"] = "csharp",
        ["fsharp"] = "fsharp", ["fs"] = "fsharp", ["f#"] = "fsharp",
        ["javascript"] = "javascript", ["js"] = "javascript", ["mjs"] = "javascript", ["cjs"] = "javascript", ["jsx"] = "javascriptreact",
        ["typescript"] = "typescript", ["ts"] = "typescript", ["tsx"] = "typescriptreact",
        ["python"] = "python", ["py"] = "python",
        ["bash"] = "shellscript", ["sh"] = "shellscript", ["shell"] = "shellscript", ["zsh"] = "shellscript", ["shellscript"] = "shellscript",
        ["powershell"] = "powershell", ["ps1"] = "powershell", ["pwsh"] = "powershell", ["ps"] = "powershell",
        ["json"] = "json", ["jsonc"] = "jsonc",
        ["yaml"] = "yaml", ["yml"] = "yaml",
        ["xml"] = "xml", ["csproj"] = "xml", ["xaml"] = "xml", ["svg"] = "xml",
        ["html"] = "html", ["htm"] = "html",
        ["css"] = "css", ["scss"] = "scss",
        ["sql"] = "sql",
        ["go"] = "go", ["golang"] = "go",
        ["rust"] = "rust", ["rs"] = "rust",
        ["java"] = "java",
        ["diff"] = "diff", ["patch"] = "diff",
        ["c"] = "c", ["cpp"] = "cpp", ["c++"] = "cpp",
        ["ruby"] = "ruby", ["rb"] = "ruby",
        ["php"] = "php",
        ["dockerfile"] = "dockerfile", ["docker"] = "dockerfile",
        ["ini"] = "ini", ["toml"] = "toml",
        ["kotlin"] = "kotlin", ["swift"] = "swift",
    };

    /// <summary>The grammar's language id for a fence's language name, or null when there is none.</summary>
    public static string? Find(string? fenceLanguage) =>
        fenceLanguage is { Length: > 0 } name && Aliases.TryGetValue(name, out var id) ? id : null;
}
