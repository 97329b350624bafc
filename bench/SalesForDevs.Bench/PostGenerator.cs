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

    private static readonly string[] TagPool =
        ["career", "sales", "marketing", "negotiation", "habits", "management", "visibility", "communication", "dotnet", "testing",
         "performance", "architecture", "leadership", "hiring", "remote", "productivity", "writing", "speaking", "money", "planning"];

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
            var strategy = i % 5 == 0;
            var buildsOn = strategy ? [] : new[] { posts[i / 5 * 5].Slug };
            var (body, words) = Body(i, posts);
            posts.Add(new SyntheticPost(slug, title, start.AddHours(i * 7), tags, strategy ? "strategy" : "tactics", buildsOn, body, words));
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
                    text.Append("```csharp\npublic int Estimate(int days) => days * ").Append(_random.Next(2, 9))
                        .Append(";\nvar raise = salary * 1.").Append(_random.Next(3, 20)).Append("m;\n```\n\n");
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
