using SalesForDevs.Configuration;

namespace SalesForDevs.Linking;

/// <summary>A taxonomy with its terms in slug order: the list page at /KEY/ and a page per term.</summary>
internal sealed class TaxonomyNode(TaxonomyConfig config, IReadOnlyList<TermNode> terms)
{
    public TaxonomyConfig Config { get; } = config;
    public string Key => Config.Key;
    public string Url => Config.Url;
    public IReadOnlyList<TermNode> Terms { get; } = terms;
}
