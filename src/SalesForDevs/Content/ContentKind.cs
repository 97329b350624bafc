namespace SalesForDevs.Content;

/// <summary>Posts are dated and listed; pages (About, Subscribe) stand alone at /slug/.</summary>
public enum ContentKind
{
    Post,
    Page,
}
