using System.Diagnostics;
using System.Text;
using ColorCode;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

// Highlights the code blocks of N generated posts (3 blocks each, in C#, JavaScript, SQL, CSS, XML and PowerShell:
// languages both libraries know) with TextMateSharp and with ColorCode, and prints wall and processor time per run.
// Usage: dotnet run -c Release --project bench/Highlighters -- [N=1000] [RUNS=3]
var posts = args.Length > 0 ? int.Parse(args[0]) : 1000;
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var blocks = Corpus.Make(posts);
if (Environment.GetEnvironmentVariable("STARTUP") == "1")
{
    // Where TextMateSharp's start-up goes: options (grammar index and theme), registry, one grammar, its first line.
    RegistryOptions? o = null; Registry? reg = null; IGrammar? g = null;
    Measure("TextMateSharp: RegistryOptions", 1, () => o = new RegistryOptions(ThemeName.LightPlus));
    Measure("TextMateSharp: Registry", 1, () => reg = new Registry(o!));
    Measure("TextMateSharp: LoadGrammar(csharp)", 1, () => g = reg!.LoadGrammar(o!.GetScopeByLanguageId("csharp")));
    Measure("TextMateSharp: first line", 1, () => g!.TokenizeLine("public int X => 1;", null, TimeSpan.MaxValue));
    Measure("TextMateSharp: second block", 1, () => { IStateStack? st = null; foreach (var l in blocks[0].Code.Split('\n')) st = g!.TokenizeLine(l, st, TimeSpan.MaxValue).RuleStack; });
    return;
}
Console.WriteLine($"{blocks.Count} code blocks, {blocks.Sum(b => b.Code.Split('\n').Length)} lines, {blocks.Sum(b => b.Code.Length)} characters");

Measure("TextMateSharp: first block (registry + one grammar)", 1, () => TextMate.Highlight(blocks[0].Language, blocks[0].Code));
Measure("ColorCode: first block", 1, () => ColorCodeRunner.Highlight(blocks[0].Language, blocks[0].Code));
for (var r = 0; r < runs; r++)
{
    Measure("TextMateSharp: all blocks", r + 1, () => { foreach (var b in blocks) TextMate.Highlight(b.Language, b.Code); });
    Measure("ColorCode: all blocks", r + 1, () => { foreach (var b in blocks) ColorCodeRunner.Highlight(b.Language, b.Code); });
}
Console.WriteLine();
Console.WriteLine("Sample, C#:");
Console.WriteLine("TextMateSharp spans: " + TextMate.Highlight("csharp", blocks[0].Code).Split("<span").Length);
Console.WriteLine("ColorCode spans:     " + ColorCodeRunner.Highlight("csharp", blocks[0].Code).Split("<span").Length);
if (Environment.GetEnvironmentVariable("SHOW_SAMPLES") == "1")
{
    var sample = blocks.First(b => b.Language == "csharp").Code;
    Console.WriteLine(TextMate.Highlight("csharp", sample));
    Console.WriteLine(ColorCodeRunner.Highlight("csharp", sample));
}

static void Measure(string what, int run, Action action)
{
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    action();
    wall.Stop();
    process.Refresh();
    Console.WriteLine($"{what,-52} run {run}: wall {wall.Elapsed.TotalMilliseconds,8:0} ms, processor {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:0} ms");
}

static class Corpus
{
    private static readonly (string Language, string Template)[] Samples =
    [
        ("csharp", "// Estimate {0}\npublic sealed class Estimator{0} : IEstimator\n{{\n    private readonly int _days = {0};\n    public int Estimate(int days) => days * _days + \"x\".Length;\n    public override string ToString() => $\"{{_days}} days\";\n}}"),
        ("javascript", "// totals {0}\nconst total{0} = orders.filter(o => o.paid).map(o => o.amount * {0}).reduce((a, b) => a + b, 0);\nconsole.log(`total: ${{total{0}}}`);"),
        ("sql", "SELECT title, COUNT(*) AS n{0}\nFROM posts\nWHERE draft = 0 AND year > {0} -- published only\nGROUP BY title ORDER BY n{0} DESC;"),
        ("css", ".post-{0} {{ color: #1f2328; margin: {0}px 0; }}\n/* wide screens */\n@media (min-width: 56rem) {{ .post-{0} {{ padding: 1rem; }} }}"),
        ("xml", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <!-- build {0} -->\n  <PropertyGroup><Version>{0}.0.0</Version></PropertyGroup>\n</Project>"),
        ("powershell", "# deploy {0}\n$items = Get-ChildItem -Path ./site -Recurse | Where-Object {{ $_.Length -gt {0} }}\nWrite-Host \"found $($items.Count)\""),
    ];

    public static List<(string Language, string Code)> Make(int posts)
    {
        var random = new Random(20260105);
        var list = new List<(string, string)>();
        for (var p = 0; p < posts; p++)
            for (var b = 0; b < 3; b++)
            {
                var (language, template) = Samples[random.Next(Samples.Length)];
                list.Add((language, string.Format(template, random.Next(1, 1000))));
            }
        return list;
    }
}

static class TextMate
{
    private static RegistryOptions? s_options;
    private static Registry? s_registry;
    private static readonly Dictionary<string, IGrammar> Grammars = [];

    public static string Highlight(string language, string code)
    {
        s_options ??= new RegistryOptions(ThemeName.LightPlus);
        s_registry ??= new Registry(s_options);
        if (!Grammars.TryGetValue(language, out var grammar))
            Grammars[language] = grammar = s_registry.LoadGrammar(s_options.GetScopeByLanguageId(language));
        var html = new StringBuilder();
        IStateStack? state = null;
        foreach (var line in code.Split('\n'))
        {
            var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
            state = result.RuleStack;
            foreach (var token in result.Tokens)
            {
                var end = Math.Min(token.EndIndex, line.Length);
                if (end <= token.StartIndex) continue;
                html.Append("<span class=\"").Append(token.Scopes[^1]).Append("\">")
                    .Append(System.Net.WebUtility.HtmlEncode(line[token.StartIndex..end])).Append("</span>");
            }
            html.Append('\n');
        }
        return html.ToString();
    }
}

static class ColorCodeRunner
{
    private static readonly HtmlClassFormatter Formatter = new();

    public static string Highlight(string language, string code) => Formatter.GetHtmlString(code, language switch
    {
        "csharp" => Languages.CSharp,
        "javascript" => Languages.JavaScript,
        "sql" => Languages.Sql,
        "css" => Languages.Css,
        "xml" => Languages.Xml,
        "powershell" => Languages.PowerShell,
        _ => throw new ArgumentException(language),
    });
}
