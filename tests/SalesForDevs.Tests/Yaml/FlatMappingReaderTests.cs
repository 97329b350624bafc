using System.Text;
using SalesForDevs.Content;
using SalesForDevs.Diagnostics;
using SalesForDevs.Tests.Support;
using SalesForDevs.Yaml;

namespace SalesForDevs.Tests.Yaml;

/// <summary>
/// The flat front matter reader against YamlDotNet's parser: whatever it reads, it reads to the same tree (values,
/// quoting, lines, columns); whatever it cannot be sure of, it leaves to the parser.
/// </summary>
public sealed class FlatMappingReaderTests
{
    private const int Offset = 1;

    public static TheoryData<string> Flat => new()
    {
        "title: Hello\n",
        "title: \"Hello: world\"\ndate: 2026-01-12T09:00:00Z\ntags: [career, sales]\n",
        "title:    spaced   \n",
        "title: 'single: quoted'\nslug: a-b\n",
        "tags: []\nbuilds_on: [ ]\n",
        "tags: [ a ,b,  \"c d\" , 'e' ]\n",
        "tags: [Sales tips, C#, über, naïve]\n",
        "title: \"Ünïcödé — “quotes” and ‘more’\"\nsummary: plain, with [brackets] and {braces}\n",
        "# a comment\ntitle: T\n\n# another\ndraft: true\n",
        "title: C# in depth\nsummary: a#b and 'quotes' inside\n",
        "title: T\r\ndate: 2026-01-05\r\ntags: [x, y]\r\n",
        "title: \"\"\nsummary: ''\n",
        "title: 2026-01-05 09:00\ncomments: closed\ntoc: no\n",
        "under_score: 1\nwith-dash: x\nCamel: y\n",
        "title: a - b -- c\n",
        "title: 'it is \"fine\"'\nother: \"it's fine\"\n",
        "title: x\ny: [\"a, b\", 'c]']\n",
        "title: 50% off\nsummary: a % b\n",
        "title: 'yes'\nflag: yes\nnone: null\ntilde: ~\n",
    };

    public static TheoryData<string> LeftToTheParser => new()
    {
        "",
        "# only a comment\n",
        "title:\n",
        "title: \n",
        "params:\n  a: 1\n",
        "tags:\n  - a\n  - b\n",
        "title: \"escaped \\\" quote\"\n",
        "title: 'it''s'\n",
        "title: value # comment\n",
        "title: a: b\n",
        "title: ends with:\n",
        "title: T\ntitle: U\n",
        "title:T\n",
        "\ttitle: T\n",
        "title: a\tb\n",
        "title: T\n  continued\n",
        " title: T\n",
        "title: &anchor T\n",
        "title: *alias\n",
        "title: !tag T\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: -5\n",
        "title: {a: 1}\n",
        "tags: [a, b\n",
        "tags: [a, ]\n",
        "tags: [a,,b]\n",
        "tags: [a: b]\n",
        "tags: [a] # comment\n",
        "tags: [a #b]\n",
        "tags: [a] b\n",
        "tags: [-a]\n",
        "tags: [it's]\n",
        "title: \"unclosed\n",
        "title: \"a\" b\n",
        "\"quoted key\": v\n",
        "- a\n- b\n",
        "title: line\u2028break\n",
        "title: emoji 😀\n",
        "\uFEFFtitle: bom\n",
        "title: bell\u0007\n",
        "title: T\r\n\rx: y\n",
        "---\ntitle: T\n",
        "? complex\n: key\n",
    };

    [Theory]
    [MemberData(nameof(Flat))]
    public void Flat_front_matter_reads_as_the_parser_reads_it(string yaml)
    {
        var flat = FlatMappingReader.TryRead(yaml, Offset);

        Assert.NotNull(flat);
        Assert.Equal(ParserTree(yaml), Describe(flat));
    }

    [Theory]
    [MemberData(nameof(LeftToTheParser))]
    public void Anything_else_is_left_to_the_parser(string yaml) => Assert.Null(FlatMappingReader.TryRead(yaml, Offset));

    [Fact]
    public void Generated_front_matter_reads_the_same_either_way()
    {
        // Lines built from pieces that YAML reads in surprising ways; whatever the flat reader accepts must match.
        string[] keys = ["title", "tags", "x", "a-b", "_k", "title"];
        string[] values =
        [
            "plain", "[a #b]", "[C#, x]", "two words", "a:b", "a: b", "a #b", "a#b", "x:", "\"q\"", "\"q\" x", "'s'", "'s''t'", "[]", "[a]", "[a, b]",
            "[ \"a\" , 'b' ]", "[a b, c]", "[a,]", "[a]]", "[[a]]", "[a:b]", "-1", "- a", "~", "", "   ", "'", "\"", "é ü", "a,b", "{}", "[\"a\"b]",
            "2026-01-05T09:00:00Z", "%x", "@x", "`x`", "x!", "a\\b", "\"a\\b\"", "[a\\b]",
        ];
        string[] lineStarts = ["", "", "", " ", "#", "\n"];
        var random = new Random(14);
        var accepted = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            for (var line = random.Next(1, 5); line > 0; line--)
            {
                var start = lineStarts[random.Next(lineStarts.Length)];
                var separator = random.Next(8) switch { 0 => ":", 1 => ":  ", _ => ": " };
                text.Append(start).Append(keys[random.Next(keys.Length)]).Append(separator).Append(values[random.Next(values.Length)]);
                text.Append(random.Next(6) == 0 ? "\r\n" : "\n");
            }
            var yaml = text.ToString();
            if (FlatMappingReader.TryRead(yaml, Offset) is not { } flat) continue;
            accepted++;
            Assert.True(ParserTree(yaml) == Describe(flat), $"the flat reader differs from the parser on:\n{yaml}");
        }
        Assert.InRange(accepted, 300, 2700);
    }

    [Fact]
    public void The_repository_posts_front_matter_all_reads_flat()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var split = FrontMatterSplitter.Split(File.ReadAllText(file));
            var flat = FlatMappingReader.TryRead(split.FrontMatter!, Offset);
            Assert.True(flat is not null, $"{file} is not read flat");
            Assert.Equal(ParserTree(split.FrontMatter!), Describe(flat));
        }
    }

    [Fact]
    public void Key_strings_are_shared_between_files()
    {
        var a = FlatMappingReader.TryRead("title: A\n", 0)!;
        var b = FlatMappingReader.TryRead("title: B\n", 0)!;

        Assert.Same(a.Entries[0].Key.Value, b.Entries[0].Key.Value);
    }

    [Fact]
    public void Flat_front_matter_lines_count_from_the_offset()
    {
        var mapping = FlatMappingReader.TryRead("# c\ntitle: T\ntags: [a, \"b\"]\n", 4)!;

        Assert.Equal((6, 1), (mapping.Line, mapping.Column));
        var tags = Assert.IsType<YamlSequence>(mapping.Entries[1].Value);
        Assert.Equal((7, 7), (tags.Line, tags.Column));
        Assert.Equal([(7, 8), (7, 11)], tags.Items.Select(i => (i.Line, i.Column)));
    }

    private static string ParserTree(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var tree = YamlTreeReader.Parse(yaml, "x.md", Offset, diagnostics);
        return diagnostics.Sorted().Count > 0 ? "errors: " + string.Join("; ", diagnostics.Sorted()) : Describe(tree);
    }

    /// <summary>The whole tree as text, positions and quoting included, so two trees compare by value.</summary>
    private static string Describe(YamlNode? node) => node switch
    {
        null => "null",
        YamlScalar s => $"{(s.Quoted ? "quoted" : "plain")} «{s.Value}» @{s.Line}:{s.Column}",
        YamlSequence q => $"[@{q.Line}:{q.Column} {string.Join(", ", q.Items.Select(Describe))}]",
        YamlMapping m => $"{{@{m.Line}:{m.Column} {string.Join("; ", m.Entries.Select(e => Describe(e.Key) + " => " + Describe(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
