namespace SalesForDevs.Views;

/// <summary><c>site.comments</c>: the comment provider (none, giscus, utterances) and its settings, defaults filled in.</summary>
internal sealed record CommentsView(string Provider, string Repo, string RepoId, string Category, string CategoryId, string Mapping, string Theme, string IssueTerm)
{
    public static CommentsView From(Configuration.CommentsConfig config)
    {
        string Get(string key, string fallback = "") => config.Options.GetValueOrDefault(key) ?? fallback;
        return new CommentsView(config.Provider, Get("repo"), Get("repo_id"), Get("category"), Get("category_id"),
            Get("mapping", "pathname"), Get("theme", config.Provider == "utterances" ? "github-light" : "light"), Get("issue_term", "pathname"));
    }
}
