using ConflictModel.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Formats;

/// <summary>The fast front-matter reader must give exactly YamlDotNet's reading whenever it accepts a text.</summary>
public sealed class SimpleFrontMatterTests
{
    private static readonly string[] Keys = ["title", "tags", "date", "a_b", "x-y", "2014", "k", "k", "-k", "a b"];

    private static readonly string[] Fragments =
    [
        "alpha", "Beta gamma", "a, b", "13:10", "http://x.org/a", "People's", "(Some Group or SG)", "–", "a  b", "x\u00A0y",
        "null", "~", "1", "a: b", "ends:", "x #y", "#c", "'q'", "\"q\"", "-x", "- x", "[a]", "{a}", "&a", "*a", "!t", "?x",
        "%p", "@x", "`x`", "|-", "|", ">", "a\tb", "a\rb", "q'", ": x", "...", "---", "ab  ", "  ", "* star item", "x\u2028y",
        "\uFEFFz", "a:b",
    ];

    private static Gen<string> Line =>
        from indent in Gen.Frequency((3, Gen.Constant(2)), (2, Gen.Constant(4)), (2, Gen.Choose(0, 6)))
        from dash in Gen.Frequency((3, Gen.Constant(string.Empty)), (2, Gen.Constant("- ")))
        from fragment in Gen.Elements(Fragments)
        select new string(' ', indent) + dash + fragment;

    private static Gen<string> Block =>
        from key in Gen.Elements(Keys)
        from value in Gen.Frequency((2, Gen.Constant(string.Empty)), (4, Gen.Elements(Fragments)), (1, Gen.Constant("|-")))
        from n in Gen.Choose(0, 5)
        from more in Gen.ArrayOf(Gen.Frequency((6, Line), (1, Gen.Constant(string.Empty))), n)
        select string.Join("\n", more.Prepend(value.Length == 0 ? key + ":" : key + ": " + value));

    private static readonly string[] SafeFragments =
        ["alpha", "Beta gamma", "a, b", "13:10", "http://x.org/a", "People's", "(Some Group or SG)", "–", "a  b", "x\u00A0y", "null", "1", "a:b", "ab  ", "* star item"];

    /// <summary>Mostly safe text, now and then anything (near misses of the subset).</summary>
    private static Gen<string> Fragment => Gen.Frequency((10, Gen.Elements(SafeFragments)), (1, Gen.Elements(Fragments)));

    private static Gen<string> Continuations(int indent) =>
        from n in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 2)))
        from extra in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Choose(-2, 2)))
        from parts in Gen.ArrayOf(Fragment, n)
        select string.Concat(parts.Select(p => "\n" + new string(' ', Math.Max(0, indent + extra)) + p));

    private static Gen<string> Literal(int indent) =>
        from n in Gen.Choose(1, 4)
        from lines in Gen.ArrayOf(
            from kind in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            from text in Fragment
            select kind switch { 0 => new string(' ', indent) + text, 1 => string.Empty, _ => new string(' ', indent + 1) + text },
            n)
        select "|-\n" + string.Join("\n", lines);

    private static Gen<string> StructuredBlock =>
        from key in Gen.Elements(Keys)
        from shape in Gen.Choose(0, 2)
        from indent in Gen.Elements(2, 2, 4, 1, 3)
        from value in shape switch
        {
            0 => from first in Fragment from rest in Continuations(2) select ": " + first + rest,
            1 => from n in Gen.Choose(1, 3)
                 from items in Gen.ArrayOf(
                     from literal in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
                     from item in literal ? Literal(indent + 2) : (from first in Fragment from rest in Continuations(indent + 2) select first + rest)
                     from blank in Gen.Frequency((6, Gen.Constant(string.Empty)), (1, Gen.Constant("\n")))
                     select blank + "\n" + new string(' ', indent) + "- " + item,
                     n)
                 select ":" + string.Concat(items),
            _ => from lit in Literal(indent) select ": " + lit,
        }
        select key + value;

    private static Gen<string> Document =>
        from n in Gen.Choose(1, 4)
        from blocks in Gen.ArrayOf(Gen.Frequency((3, StructuredBlock), (1, Block)), n)
        from newline in Gen.Elements(true, false)
        select string.Join("\n", blocks) + (newline ? "\n" : string.Empty);

    [Fact]
    public void Accepted_texts_read_exactly_as_YamlDotNet_reads_them()
    {
        int accepted = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true), Prop.ForAll(Document.ToArbitrary(), yaml =>
        {
            if (!SimpleFrontMatter.TryRead(yaml, FrontMatterYaml.MaxNodes, out var fast))
            {
                return true;
            }

            accepted++;
            var diagnostics = new List<Diagnostic>();
            var full = FrontMatterYaml.ReadWithParser(yaml, 1, diagnostics);
            return diagnostics.Count == 0 && fast!.SequenceEqual(full);
        }));

        // the generator reaches the subset often enough for the comparison to mean something
        Assert.True(accepted >= 300, $"only {accepted} generated texts were in the simple subset");
    }

    [Fact]
    public void Reads_plain_folded_literal_and_list_values()
    {
        const string yaml = "title: An invented battle\nsummary: A first line\n  folded onto a second, with 12:30\n"
            + "tags:\n  - one\n  - two words\n    folded\n  - |-\n    line one\n    * bullet  \n\n     indented\nplace: Somewhere\n";
        Assert.True(SimpleFrontMatter.TryRead(yaml, FrontMatterYaml.MaxNodes, out var fast));
        var full = FrontMatterYaml.ReadWithParser(yaml, 1, []);
        Assert.Equal(full, fast!);
        Assert.Equal(
            [
                new MetadataEntry("title", EquatableArray.Create("An invented battle")),
                new MetadataEntry("summary", EquatableArray.Create("A first line folded onto a second, with 12:30")),
                new MetadataEntry("tags", EquatableArray.Create("one", "two words folded", "line one\n* bullet  \n\n indented"), IsList: true),
                new MetadataEntry("place", EquatableArray.Create("Somewhere")),
            ],
            fast!);
    }

    [Theory]
    [InlineData("title: 'quoted'\n")]
    [InlineData("title: a # comment\n")]
    [InlineData("nested:\n  inner: x\n")]
    [InlineData("title:\n")]
    [InlineData("title: x\ntitle: y\n")]
    [InlineData("title: a\n\n  b\n")]
    [InlineData("list:\n- a\n")]
    [InlineData("title: a\r\n")]
    [InlineData("alias: *x\n")]
    public void Falls_back_outside_the_subset(string yaml)
    {
        Assert.False(SimpleFrontMatter.TryRead(yaml, FrontMatterYaml.MaxNodes, out var entries));
        Assert.Null(entries);
    }

    [Fact]
    public void Falls_back_above_the_node_limit()
    {
        var yaml = "list:\n" + string.Concat(Enumerable.Repeat("  - x\n", 50));
        Assert.False(SimpleFrontMatter.TryRead(yaml, 20, out _));
        Assert.True(SimpleFrontMatter.TryRead(yaml, FrontMatterYaml.MaxNodes, out var entries));
        Assert.Equal(50, entries![0].Values.Count);
    }
}
