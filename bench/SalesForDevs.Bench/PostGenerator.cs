using System.Globalization;
using System.Text;

namespace SalesForDevs.Bench;

/// <summary>Makes realistic-looking posts from a fixed seed, so every run benchmarks the same input.</summary>
public sealed class PostGenerator(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "developer", "manager", "budget", "review", "promotion", "salary", "ask", "value", "team", "project", "deadline",
        "customer", "result", "metric", "quarter", "meeting", "trust", "visibility", "plan", "risk", "release", "feature",
        "estimate", "roadmap", "career", "skill", "behavior", "decision", "priority", "impact", "deploy", "latency", "bug",
        "refactor", "migration", "service", "database", "incident", "feedback", "goal", "scope", "training", "title",
        "the", "a", "and", "to", "of", "in", "that", "is", "for", "with", "your", "you", "it", "on", "when", "what", "how",
    ];

    // Fifty tags, of which each post takes one to four: the shape of a typical programming blog.
    private static readonly string[] TagPool =
        ["career", "sales", "marketing", "negotiation", "habits", "management", "visibility", "communication", "dotnet", "testing",
         "performance", "architecture", "leadership", "hiring", "remote", "productivity", "writing", "speaking", "money", "planning",
         "csharp", "fsharp", "python", "rust", "go", "javascript", "typescript", "sql", "devops", "cloud",
         "security", "databases", "linux", "git", "ci", "debugging", "design", "api", "http", "web",
         "mobile", "data", "ml", "open-source", "interviews", "mentoring", "estimation", "meetings", "reviews", "tools"];

    // Code blocks in a few languages, as a programming blog has them.
    private static readonly (string Language, string Code)[] Snippets =
    [
        ("csharp", "public int Estimate(int days) => days * {0};\nvar raise = salary * 1.{1}m;"),
        ("python", "def estimate(days):\n    return days * {0}\n\nraise_ = salary * 1.{1}"),
        ("javascript", "const estimate = (days) => days * {0};\nconst raise = salary * 1.{1};"),
        ("bash", "for i in $(seq 1 {0}); do\n  echo \"run $i of {1}\"\ndone"),
        ("yaml", "deploy:\n  replicas: {0}\n  timeout: {1}s"),
    ];

    private readonly Random _random = new(seed);

    public IReadOnlyList<SyntheticPost> Generate(int count)
    {
        var posts = new List<SyntheticPost>(count);
        var start = new DateTime(2000, 1, 3, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var title = Sentence(4, 9).TrimEnd('.');
            var slug = $"post-{i:D5}-" + string.Join('-', title.ToLowerInvariant().Split(' ').Take(4));
            var tags = TagPool.OrderBy(_ => _random.Next()).Take(_random.Next(1, 5)).ToArray();
            // Three posts in twenty (15%) are in the series: the first of each three is strategy, the next two build on it.
            var inSeries = i % 20 < 3;
            var strategy = i % 20 == 0;
            string? section = inSeries ? (strategy ? "strategy" : "tactics") : null;
            var buildsOn = inSeries && !strategy ? new[] { posts[i / 20 * 20].Slug } : [];
            var (body, words) = Body(i, posts);
            posts.Add(new SyntheticPost(slug, title, start.AddHours(i * 7), tags, section, buildsOn, body, words));
        }
        return posts;
    }

    private (string Body, int Words) Body(int index, List<SyntheticPost> earlier)
    {
        var target = _random.Next(600, 1501);
        var text = new StringBuilder();
        var words = 0;
        text.Append(Paragraph(ref words)).Append("\n\n<!--more-->\n\n");
        while (words < target)
        {
            text.Append("## ").Append(Sentence(3, 7).TrimEnd('.')).Append("\n\n");
            text.Append(Paragraph(ref words)).Append("\n\n");
            switch (_random.Next(5))
            {
                case 0:
                    for (var i = 0; i < 4; i++) text.Append("- ").Append(Sentence(5, 12)).Append('\n');
                    text.Append('\n');
                    words += 32;
                    break;
                case 1:
                    var (language, code) = Snippets[_random.Next(Snippets.Length)];
                    text.Append("```").Append(language).Append('\n')
                        .Append(string.Format(CultureInfo.InvariantCulture, code, _random.Next(2, 9), _random.Next(3, 20))).Append("\n```\n\n");
                    break;
                case 2 when earlier.Count > 0:
                    var other = earlier[_random.Next(earlier.Count)];
                    text.Append("As [an earlier post](").Append(PostFile(other)).Append(") argued, ").Append(Sentence(8, 16)).Append("\n\n");
                    words += 12;
                    break;
                case 3:
                    text.Append("> ").Append(Sentence(10, 20)).Append("\n\n");
                    words += 15;
                    break;
                default:
                    text.Append(Paragraph(ref words)).Append("\n\n");
                    break;
            }
        }
        return (text.ToString(), words);
    }

    public static string PostFile(SyntheticPost post) => $"{post.Date:yyyy-MM-dd}-{post.Slug}.md";

    private string Paragraph(ref int words)
    {
        var text = new StringBuilder();
        var sentences = _random.Next(3, 7);
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Sentence(8, 20);
            if (_random.Next(6) == 0) sentence = sentence.Replace(" value ", " *value* ");
            if (_random.Next(8) == 0) sentence = sentence.Replace(" result ", " **result** ");
            text.Append(sentence).Append(' ');
            words += sentence.Count(c => c == ' ') + 1;
        }
        return text.ToString().TrimEnd();
    }

    private string Sentence(int min, int max)
    {
        var count = _random.Next(min, max + 1);
        var words = new string[count];
        for (var i = 0; i < count; i++) words[i] = Vocabulary[_random.Next(Vocabulary.Length)];
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }
}
