namespace SalesForDevs.Scaffolding;

/// <summary>One file of a new site: its path in the site ('/'-separated) and its text.</summary>
internal sealed record StarterFile(string Path, string Text);
