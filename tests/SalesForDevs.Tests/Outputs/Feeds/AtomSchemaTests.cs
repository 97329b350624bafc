using SalesForDevs.Tests.EndToEnd;

namespace SalesForDevs.Tests.Outputs.Feeds;

/// <summary>Every Atom feed validates against RFC 4287's RELAX NG schema (atom.rnc), checked by Jing.</summary>
public sealed class AtomSchemaTests(FeedSiteFixture site, RealSiteFixture real) : IClassFixture<FeedSiteFixture>, IClassFixture<RealSiteFixture>
{
    [Fact]
    public void Fixture_site_atom_feeds_are_valid_rfc_4287()
    {
        var files = Directory.GetFiles(site.Site.Output, "atom.xml", SearchOption.AllDirectories);
        Assert.Equal(4, files.Length); // the site, two tags, one series
        var report = AtomSchema.Validate(files);
        Assert.True(report.ExitCode == 0 && report.Errors.Count == 0, report.Output);
    }

    [Fact]
    public void Real_site_atom_feeds_are_valid_rfc_4287()
    {
        var files = Directory.GetFiles(real.Output, "atom.xml", SearchOption.AllDirectories);
        Assert.True(files.Length >= 3, "the real site should have a site, tag and series Atom feed");
        var report = AtomSchema.Validate(files);
        Assert.True(report.ExitCode == 0 && report.Errors.Count == 0, report.Output);
    }

    [Fact]
    public void Schema_rejects_an_entry_without_id_or_updated()
    {
        // Proves the validator and the schema do reject: an Atom entry needs atom:id and atom:updated.
        var file = Path.Combine(Path.GetTempPath(), $"sfd-bad-atom-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Broken</title>
              <id>tag:example.org,2000:/</id>
              <updated>2026-01-01T00:00:00Z</updated>
              <author><name>A</name></author>
              <entry><title>No id, no updated</title></entry>
            </feed>
            """);
        try
        {
            var report = AtomSchema.Validate([file]);
            Assert.NotEqual(0, report.ExitCode);
            Assert.Contains(report.Errors, e => e.Contains("\"id\"", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Schema_rejects_a_date_that_is_not_rfc_3339()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sfd-bad-atom-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Broken</title>
              <id>tag:example.org,2000:/</id>
              <updated>Mon, 12 Jan 2026 09:00:00 GMT</updated>
              <author><name>A</name></author>
            </feed>
            """);
        try
        {
            var report = AtomSchema.Validate([file]);
            Assert.NotEqual(0, report.ExitCode);
            Assert.NotEmpty(report.Errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
