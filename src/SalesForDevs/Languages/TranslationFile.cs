namespace SalesForDevs.Languages;

/// <summary>One <c>i18n/LANG.yml</c> file of the site or of its theme; read only when the site's language needs it.</summary>
/// <param name="Language">The file's name without <c>.yml</c>: a language tag.</param>
/// <param name="DisplayPath">How messages name the file ("i18n/de.yml", "themes/default/i18n/de.yml").</param>
internal sealed record TranslationFile(string Language, string DisplayPath, Func<byte[]> Read);
