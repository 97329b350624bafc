namespace SalesForDevs.Checking;

/// <summary>A link resolved against its page: for internal links, the path inside the output folder (unescaped) and the fragment.</summary>
internal sealed record ResolvedLink(ResolvedLinkKind Kind, string Path = "", string Fragment = "", string Url = "");
