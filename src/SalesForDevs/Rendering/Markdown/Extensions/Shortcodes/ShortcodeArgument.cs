namespace SalesForDevs.Rendering.Markdown.Extensions.Shortcodes;

/// <summary>
/// One argument of a shortcode call: <c>key="text"</c>, <c>key=3</c>, or a positional <c>dQw4w9WgXcQ</c> (no name).
/// Quoted values are strings; bare ones are numbers (<see cref="long"/> or <see cref="double"/>), booleans or strings.
/// </summary>
/// <param name="Offset">Where the argument starts in the tag, in characters, for error columns.</param>
internal sealed record ShortcodeArgument(string? Name, object Value, int Offset);
