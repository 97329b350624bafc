namespace SalesForDevs.Views;

/// <summary>A titled link: menu entries, feed links (<see cref="Type"/> is the MIME type for &lt;link rel="alternate"&gt;, <see cref="Absolute"/> the full URL to paste into a reader).</summary>
internal sealed record LinkRef(string Title, string Url, string Type = "", string Absolute = "");
