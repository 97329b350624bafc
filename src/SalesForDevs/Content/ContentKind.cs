namespace SalesForDevs.Content;

/// <summary>Posts are dated and listed; pages (About, Subscribe) stand alone at /slug/.</summary>
internal enum ContentKind
{
    Post,
    Page,
}
