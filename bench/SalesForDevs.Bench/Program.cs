namespace SalesForDevs.Bench;

/// <summary>
/// Generates a synthetic blog for benchmarks: N posts of 600–1500 words with headings, lists, links, code blocks,
/// tags and a two-section series, as a SalesForDevs site and, beside it, the same posts as a Hugo site.
/// Usage: dotnet run --project bench/SalesForDevs.Bench -- N OUTPUT_DIR
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: SalesForDevs.Bench N OUTPUT_DIR");
            return 2;
        }
        var output = Path.GetFullPath(args[1]);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var posts = new PostGenerator(seed: 20260105).Generate(count);
        SiteWriter.WriteSalesForDevs(Path.Combine(output, "sfd"), posts);
        SiteWriter.WriteHugo(Path.Combine(output, "hugo"), posts);
        Console.WriteLine($"Wrote {count} posts ({posts.Sum(p => p.Words)} words) to {output}/sfd and {output}/hugo");
        return 0;
    }
}
