using SalesForDevs.Bench;
using SalesForDevs.Rendering.Markdown.Extensions.Highlighting;
using SalesForDevs.Tests.Support;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SalesForDevs.Tests.Rendering.Markdown.Extensions;

/// <summary>
/// Differential tests of <see cref="GrammarTokenizer"/>: for every language the highlighter uses, with its own grammar
/// (embedded grammars stubbed) and its full grammar, a corpus is tokenized line by line, state carried from line to
/// line, by TextMateSharp and by ours; every token's start, end and scopes must be the same. The corpus is every code
/// block of the golden sources and of content/, generated bench posts, and hand-written cases for each kind of rule,
/// and every block is tokenized with every language's grammar (foreign code exercises rules a language's own would not).
/// </summary>
public sealed class GrammarTokenizerTests
{
    public static TheoryData<string> Languages() => new(LanguageIds);

    private static readonly string[] LanguageIds =
        ["csharp", "fsharp", "javascript", "javascriptreact", "typescript", "typescriptreact", "python", "shellscript", "powershell",
            "json", "jsonc", "yaml", "xml", "html", "css", "scss", "sql", "go", "rust", "java", "diff", "c", "cpp", "ruby", "php",
            "dockerfile", "ini", "swift"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Tokens_are_those_of_TextMateSharp_with_the_full_grammar(string languageId)
    {
        var scope = new BundledGrammars().ScopeOf(languageId)!;
        var theirs = new Registry(new BundledGrammars()).LoadGrammar(scope);
        var ours = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar(scope))!;
                foreach (var (name, code) in Corpus.Value) AssertSameTokens(languageId, name, code, theirs, ours);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Tokens_are_those_of_TextMateSharp_with_embedded_grammars_stubbed(string languageId)
    {
        var grammars = new BundledGrammars();
        var scope = grammars.ScopeOf(languageId)!;
        var theirs = new Registry(new EmbeddedGrammarStubs(grammars, scope)).LoadGrammar(scope);
        var ours = GrammarTokenizer.For(new Registry(new EmbeddedGrammarStubs(new BundledGrammars(), scope)).LoadGrammar(scope))!;
        foreach (var (name, code) in Corpus.Value) AssertSameTokens(languageId, name, code, theirs, ours);
    }

    [Fact]
    public void Injections_apply_where_their_selector_matches()
    {
        // HTML's grammar injects a rule that marks a "<" that opens no tag as invalid, in text but not in tags or comments.
        const string code = "<p>1 < 2 <!-- a < b --></p>";
        var theirs = new Registry(new BundledGrammars()).LoadGrammar("text.html.derivative");
        var ours = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar("text.html.derivative"))!;
        AssertSameTokens("html", "stray angle bracket", code, theirs, ours);
        var invalid = ours.Tokens.ToArray().Where(t => t.Scopes.Scope == "invalid.illegal.bad-angle-bracket.html").ToList();
        Assert.Equal([5], invalid.Select(t => t.Start));
    }

    [Fact]
    public void A_difference_names_the_grammar_the_line_and_the_first_differing_token()
    {
        var theirs = new Registry(new BundledGrammars()).LoadGrammar("source.cs");
        // Another language's tokens stand in for a tokenizer that went wrong.
        var other = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar("source.python"))!;
        var error = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSameTokens("csharp", "case", "var x = 1;\n// c", theirs, other));
        Assert.Contains("csharp", error.Message);
        Assert.Contains("case line 1", error.Message);
        Assert.Contains("token 0", error.Message);
    }

    [Fact]
    public void Every_distinct_pattern_is_compiled_once_however_many_rules_and_grammars_use_it()
    {
        var first = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar("source.js"))!;
        var second = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar("source.js"))!;
        Tokenize(first, Edge["javascript"]);
        Tokenize(second, Edge["javascript"]);
        var used = first.Patterns.Concat(second.Patterns).ToList();
        // One object per source, shared by every scanner of both grammars, each compiled at most once.
        Assert.Equal(used.Select(p => p.Source).Distinct().Count(), used.Distinct().Count());
        Assert.True(used.Count > 2 * used.Distinct().Count(), $"{used.Count} uses of {used.Distinct().Count()} patterns");
        Assert.All(used, p => Assert.InRange(p.Compilations, 0, 1));
        Assert.Contains(used, p => p.Compilations == 1);
    }

    [Fact]
    public void A_search_is_reused_only_where_it_is_the_answer()
    {
        // Many tokens on a line: patterns that matched further on, or not at all, are not searched again at each token.
        var tokenizer = GrammarTokenizer.For(new Registry(new BundledGrammars()).LoadGrammar("source.js"))!;
        Tokenize(tokenizer, "const a = b + c * d - e / f % g; // " + string.Concat(Enumerable.Repeat("x ", 20)));
        var (needed, ran) = tokenizer.Searches;
        Assert.True(ran < needed / 2, $"{ran} of {needed} searches ran");
        // And the answers are those of searching every time (the differential tests, on a line of the same kind).
        AssertSameTokens("javascript", "one line", "const a = b + c * d - e / f % g; // x x", new Registry(new BundledGrammars()).LoadGrammar("source.js"), tokenizer);
    }

    private static void Tokenize(GrammarTokenizer tokenizer, string code)
    {
        var text = (code + "\n").ToCharArray();
        RuleStack? state = null;
        var start = 0;
        foreach (var line in code.Split('\n'))
        {
            state = tokenizer.TokenizeLine(text, start, line.Length + 1, state);
            start += line.Length + 1;
        }
    }

    internal static void AssertSameTokens(string languageId, string name, string code, IGrammar theirs, GrammarTokenizer ours)
    {
        // Both get every line as a slice of one array, ending in its newline, as the highlighter hands them.
        var text = (code + "\n").ToCharArray();
        IStateStack? theirState = null;
        RuleStack? ourState = null;
        var start = 0;
        var lines = code.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var length = lines[n].Length + 1;
            var expected = theirs.TokenizeLine(new ReadOnlyMemory<char>(text, start, length), theirState, TimeSpan.MaxValue);
            theirState = expected.RuleStack;
            ourState = ours.TokenizeLine(text, start, length, ourState);
            var actual = ours.Tokens;
            var where = $"{languageId}: {name} line {n + 1} ({lines[n]})";
            for (var t = 0; t < Math.Max(expected.Tokens.Length, actual.Length); t++)
            {
                var want = t < expected.Tokens.Length ? Describe(expected.Tokens[t].StartIndex, expected.Tokens[t].EndIndex, expected.Tokens[t].Scopes) : "no token";
                var got = t < actual.Length ? Describe(actual[t].Start, actual[t].End, actual[t].Scopes.Names()) : "no token";
                if (want != got) Assert.Fail($"{where}, token {t}:\n  TextMateSharp: {want}\n  ours:          {got}");
            }
            start += length;
        }
    }

    private static string Describe(int start, int end, IEnumerable<string> scopes) => $"{start}-{end} {string.Join(' ', scopes)}";

    // Hand-written cases for each kind of rule: begin/end and begin/while, captures with patterns of their own,
    // back-references in end and while patterns, embedded grammars, content names, \A and \G, empty matches.
    private static readonly Dictionary<string, string> Edge = new(StringComparer.Ordinal)
    {
        ["csharp"] = """"
            /// <summary>Doc comment: a begin/while rule with <see cref="X"/> inside.</summary>
            /// <param name="a">second line of the while</param>
            var s = $"interp {a + b:0.00} and {{braces}} {(x ? "y" : $"z{1}")}";
            var raw = $$"""
                {"json": {{value}}}
                """;
            var v = @"verbatim ""quoted""
            still verbatim";
            #region Region
            #if DEBUG
            #endif
            [Attr(typeof(List<int>))] public async Task<int?> M<T>(T t) where T : class => await Task.FromResult<int?>(null);
            switch (o) { case int i when i > 0: break; case { Length: > 2 } s2: break; }
            x is int a && y is not null; var q = from c in cs where c.X select new { c.Y };
            unterminated "string
            """",
        ["fsharp"] = """"
            let rec f x = match x with | Some y -> y | None -> 0
            (* block (* nested *) comment *)
            let s = $"interp {x}" + @"verbatim" + "\n"
            type R = { A: int; B: string } with member this.M() = ()
            [<Attribute>]
            let ``odd name`` = 1
            """",
        ["javascript"] = """"
            const t = `template ${a + `nested ${b}`} end`;
            const r = /re[g]ex\/(?<name>x)+/gi.test(s) ? a / b / c : 0;
            function* gen(a = 1, { b, c: [d] } = {}) { yield* other(); }
            class A extends B { #priv = 1; static { init(); } get x() { return this.#priv; } }
            /** JSDoc @param {string} a - the @returns {number} */
            label: for (const [k, v] of Object.entries(o)) { if (!k) continue label; }
            import x, { y as z } from "mod"; export default async () => await import('./m.js');
            const jsx = <div className="x">{value}</div>;
            a?.b ?? c; x ||= 1; 0x1F + 1_000n + .5e-3;
            "unterminated
            // comment with `backtick`
            """",
        ["typescript"] = """"
            interface I<T extends object = {}> { readonly a?: T[]; [k: string]: unknown }
            type U = `prefix-${string}` | keyof typeof x | (A & B)[];
            enum E { A = 1 << 2, B }
            abstract class C implements I { constructor(private readonly x: number) { super(); } }
            function f(this: Window, ...rest: Array<number>): asserts x is string {}
            const v = <T,>(a: T) => a satisfies T as unknown as T;
            declare module "m" { export = x; }
            @decorator() class D {}
            """",
        ["python"] = """"
            @decorator(arg=1)
            async def f(a: int, *args, b: str = "x", **kw) -> list[int]:
                '''doc
                string'''
                return [i for i in range(10) if i % 2 == 0]
            s = f"value {x!r:>10} {y + 1}" + rb'\x00' + r"raw\d" + u"uni"
            class C(Base, metaclass=M): pass
            match cmd:
                case [x, *rest] if x > 0: pass
            lambda x: x ** 2; x @= y; print(f'{"nested"}')
            \
            continued
            """",
        ["shellscript"] = """"
            cat <<EOF
            here $HOME ${x:-default} $(date)
            EOF
            cat <<-'QUOTED'
            	no $expansion
            	QUOTED
            cat << "SQL"
            SELECT 1;
            SQL
            for i in $(seq 1 3); do echo "run $i of ${#arr[@]}"; done
            if [[ -n "$x" && $y == *.txt ]]; then case $z in a|b) ;; *) ;; esac; fi
            f() { local a=$((1 + 2)); echo `backtick` >&2 2>/dev/null; }
            arr=(one "two" 'three'); echo ${arr[0]} $'ansi\n' <(ls) | tee -a log
            """",
        ["powershell"] = """"
            function Get-Thing([Parameter(Mandatory)][string]$Name) { Write-Host "Hello $Name $($x.Y)" }
            $h = @{ a = 1; 'b' = "two" }
            $s = @"
            here-string $var
            "@
            <# block
            comment #>
            Get-ChildItem | Where-Object { $_.Length -gt 1kb } | ForEach-Object -Process { $_ }
            """",
        ["json"] = """"
            {"a": [1, -2.5e10, true, null, {"b": "c\"\u00e9"}], "d": {}}
            // not allowed in JSON
            { "unterminated": "x
            """",
        ["jsonc"] = """"
            {
              // comment
              "a": 1, /* block */ "b": [,],
            }
            """",
        ["yaml"] = """"
            %YAML 1.2
            ---
            key: value # comment
            anchors: {a: &x 1, b: !t 2, c: &y 3}
            list:
              - item
              - {inline: map}
              - "quoted \" string"
              - 'single ''quoted'''
            block: |
              literal
                indented
            folded: >-
              folded
              text
            ? complex key
            : complex value
            alias: *x
            multi: "line
              continued"
            ...
            """",
        ["xml"] = """"
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE note [ <!ENTITY e "x"> ]>
            <Project Sdk="Microsoft.NET.Sdk"><!-- comment -->
              <PropertyGroup Condition="'$(A)' == 'b'">&amp;&#x41;<![CDATA[ <raw> ]]></PropertyGroup>
              <ns:tag ns:attr='v'/>
            </Project>
            """",
        ["html"] = """"
            <!DOCTYPE html>
            <html lang="en"><head><style>p { color: red; } @media (max-width: 1px) { a::after { content: "x"; } }</style>
            <script>const x = `${1}`; if (a < b) { f(); } // </script>
            <script type="module">
            import x from "y";
            </script>
            <p class="x" onclick="go()" style="color: blue">hi &amp; bye<br/> 1 < 2 << x <</p>
            <!-- comment --></head></html>
            """",
        ["css"] = """"
            @import url("x.css") screen;
            :root { --v: calc(1px + 2rem); }
            a:hover > b ~ c + d::before, [data-x="y" i] { color: #fff !important; background: url(x.png) no-repeat; }
            @media (min-width: 320px) and (prefers-color-scheme: dark) { .a { margin: 0 auto; } }
            @keyframes k { from { opacity: 0 } to { opacity: 1 } }
            /* comment */
            """",
        ["scss"] = """"
            $var: 1px !default;
            @mixin m($a: 1) { &:hover { width: $a * 2; } }
            .a { @include m(2); #{$sel} { color: darken($c, 10%); } // line comment
            }
            @each $k, $v in $map { .#{$k} { v: $v; } }
            """",
        ["sql"] = """"
            SELECT a.id, COUNT(*) AS n FROM accounts a LEFT JOIN deals d ON d.account_id = a.id
            WHERE a.name LIKE 'x%' AND d.value > 10.5 -- comment
            GROUP BY a.id HAVING COUNT(*) > 1 ORDER BY n DESC; /* block */
            CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) DEFAULT 'it''s');
            INSERT INTO t VALUES (1, "dq"), (2, N'nchar');
            """",
        ["go"] = """"
            package main
            import ("fmt"; m "math")
            type T struct { A int `json:"a"` }
            func (t *T) M(a ...int) (int, error) { defer f(); go g(); return 0, nil }
            s := `raw
            string` + "x\n" + 'c'
            ch := make(chan<- int, 1); select { case v := <-c: _ = v }
            """",
        ["rust"] = """"
            #[derive(Debug)]
            pub struct S<'a, T: Trait> { r: &'a mut T }
            impl<T> S<'_, T> where T: Clone { fn m(&self) -> Option<u8> { Some(b'x') } }
            let s = r#"raw "string""#; let b = br##"x"##; let c = '\u{1F600}';
            macro_rules! m { ($x:expr) => { $x }; }
            let v = vec![1, 2]; println!("{} {x:?}", v[0]); /* /* nested */ */
            match x { 0..=9 => {}, _ if y => {}, _ => unreachable!() }
            """",
        ["java"] = """"
            @Override
            public final class A<T extends Comparable<? super T>> implements B {
                private static final long N = 1_000L; char c = '\n';
                String t = """
                    text block
                    """;
                record R(int a) {} sealed interface I permits A {}
                var f = (Function<Integer, Integer>) x -> x * 2; list.forEach(System.out::println);
            }
            """",
        ["diff"] = """"
            diff --git a/x b/x
            index 1234..5678 100644
            --- a/x
            +++ b/x
            @@ -1,3 +1,3 @@ context
             same
            -removed
            +added
            \ No newline at end of file
            """",
        ["c"] = """"
            #include <stdio.h>
            #define MAX(a, b) ((a) > (b) ? (a) : (b)) \
                /* continued */
            typedef struct { int x; } P;
            static inline int f(const char *s, ...) { return printf("%d\n", sizeof(P)); }
            #if defined(X) && X > 1
            #elif 0
            #endif
            int main(void) { int a[] = {1, 2}; a[0] = 0x1F; goto end; end: return 0; }
            """",
        ["cpp"] = """"
            #include <vector>
            template <typename T, std::size_t N = 3> requires std::integral<T>
            class A : public B<T> { public: A() = default; virtual ~A() override {} };
            namespace n::m { auto l = [&, x = 1](auto&& y) mutable -> int { return y; }; }
            std::string s = R"delim(raw " string)delim" + u8"x"s; constexpr auto v = 1'000'000ULL;
            int operator<=>(const A&) const noexcept;
            """",
        ["ruby"] = """"
            class A < B; def m(a, *r, k: 1, &blk) = a
            s = <<~HEREDOC
              text #{interp}
            HEREDOC
            x = %w[a b] + %i(c d); r = /re#{x}/mi; sym = :"quoted"
            [1, 2].each { |i| puts "#{i}" } if defined?(x)
            =begin
            block comment
            =end
            """",
        ["php"] = """"
            <?php
            namespace A\B; use C\D as E;
            $s = "interp {$a->b} $c[0]" . 'single' . <<<EOT
            heredoc $x
            EOT;
            function f(int ...$a): ?array { return fn($x) => $x * 2; }
            ?><p><?= $y ?></p>
            """",
        ["dockerfile"] = """"
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            ARG X=1
            RUN apt-get update \
                && apt-get install -y git # comment
            COPY --from=build /app /app
            ENTRYPOINT ["dotnet", "x.dll"]
            """",
        ["ini"] = """"
            ; comment
            [section]
            key = value
            # other comment
            quoted = "v"
            """",
        ["swift"] = """"
            import Foundation
            @objc final class A: NSObject, P { private(set) var x: Int? = nil
              func f<T: Equatable>(_ a: T, b: inout [String: Int]) async throws -> some View { }
            }
            let s = "interp \(a + 1)" + #"raw \(no)"# + """
            multi
            """
            guard let y = x else { return }
            """",
        ["odd"] = "\n\n   \n\t\tx\n\u00e9\u00fc \ud83d\ude00 \u2192 \u2211 \ud800 lone\n" + new string('a', 3000) + "\n(((((((((([[[[{{{{\n\"\n'\n`\n/*\n*/\n<<<\n\\",
    };

    private static readonly Lazy<List<(string Name, string Code)>> Corpus = new(() =>
    {
        var corpus = new List<(string, string)>();
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "SalesForDevs.Tests", "Golden"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            var blocks = FencedBlockScan.Find(File.ReadAllText(file));
            for (var i = 0; i < blocks.Count; i++) corpus.Add(($"{Path.GetRelativePath(RepoPaths.Root, file)} block {i + 1}", blocks[i].Code));
        }
        // The bench's posts: the blocks of two hundred, each once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in new PostGenerator(14).Generate(200))
            foreach (var block in FencedBlockScan.Find(post.Body))
                if (seen.Add(block.Code)) corpus.Add(($"bench {block.Language} block {seen.Count}", block.Code));
        foreach (var (language, code) in Edge) corpus.Add(($"edge cases ({language})", code));
        return corpus;
    });
}
