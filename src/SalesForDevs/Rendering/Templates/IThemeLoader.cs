using SalesForDevs.Diagnostics;

namespace SalesForDevs.Rendering.Templates;

/// <summary>
/// Loads and parses the theme (<see cref="ThemeLoader.Load"/>). A build loads it every time; sfd serve passes a
/// <see cref="ThemeCache"/> that keeps the parsed theme while its files are unchanged.
/// </summary>
internal interface IThemeLoader
{
    Theme? LoadTheme(string siteDirectory, string themeName, DiagnosticBag diagnostics);
}
