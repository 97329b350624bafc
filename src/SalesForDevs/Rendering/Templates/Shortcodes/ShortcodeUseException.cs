namespace SalesForDevs.Rendering.Templates.Shortcodes;

/// <summary>
/// A shortcode was called with something it cannot use (a file that does not exist, a path outside the site): the
/// author's mistake, reported at the call in the markdown file rather than in the template.
/// </summary>
internal sealed class ShortcodeUseException(string message) : Exception(message);
