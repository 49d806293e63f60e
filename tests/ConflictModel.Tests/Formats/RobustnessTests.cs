using System.Text;
using ConflictModel.Formats;
using ConflictModel.Tests.Formats.Specs;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Formats;

public sealed class RobustnessTests
{
    private static readonly string[] Formats =
        [FormatIds.MilitaryWiki, FormatIds.NewsArticle, FormatIds.MarkdownFrontMatter, FormatIds.WorldLibrary, FormatIds.WikiInfobox];

    public static TheoryData<string> FormatIdsData()
    {
        var d = new TheoryData<string>();
        foreach (var f in Formats)
        {
            d.Add(f);
        }

        return d;
    }

    [Theory]
    [MemberData(nameof(FormatIdsData))]
    public void Empty_input_gives_an_empty_article_with_a_diagnostic(string format)
    {
        var a = ArticleReaders.Default.Read(string.Empty, "e", new ReadOptions(format));
        Assert.Equal(format, a.Format);
        Assert.Null(a.Title);
        Assert.Empty(a.Paragraphs);
        Assert.Empty(a.Sections);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0005");
        Assert.Equal(string.Empty, a.Text);
    }

    [Fact]
    public void Empty_input_detected_is_read_as_news_with_a_fallback_diagnostic()
    {
        var a = ArticleReaders.Default.Read("   \n\n", "e");
        Assert.Equal(FormatIds.NewsArticle, a.Format);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0001");
    }

    [Fact]
    public void Unrecognised_prose_is_read_as_news_with_a_diagnostic()
    {
        var text = "this is lowercase prose without any headline at all, and it goes on for quite a while, longer than a title could ever be, with more words and more words and even more words to make it long enough.\n\nA second paragraph.";
        var a = ArticleReaders.Default.Read(text, "p");
        Assert.Equal(FormatIds.NewsArticle, a.Format);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0001");
        Assert.Null(a.Title);
        Assert.Equal(2, a.Lead.Count);
    }

    [Theory]
    [InlineData(nameof(SpecDocuments.MilitaryWiki))]
    [InlineData(nameof(SpecDocuments.News))]
    [InlineData(nameof(SpecDocuments.Markdown))]
    [InlineData(nameof(SpecDocuments.WorldLibrary))]
    [InlineData(nameof(SpecDocuments.WikiInfobox))]
    public void Crlf_bom_and_tabs_give_the_same_reading(string name)
    {
        var lf = (string)typeof(SpecDocuments).GetField(name)!.GetValue(null)!;
        lf = lf.Replace("\r\n", "\n", StringComparison.Ordinal);
        var baseline = ArticleReaders.Default.Read(lf, "d");
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        // tabs in the body (YAML front matter forbids tab indentation, so it is left alone)
        int bodyAt = lf.StartsWith("---", StringComparison.Ordinal) ? lf.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5 : 0;
        var tabs = lf[..bodyAt] + lf[bodyAt..].Replace("\n  ", "\n\t", StringComparison.Ordinal).Replace(". ", ".\t", StringComparison.Ordinal);
        foreach (var variant in new[] { crlf, tabs })
        {
            var a = ArticleReaders.Default.Read(variant, "d");
            Assert.Equal(baseline.Format, a.Format);
            Assert.Equal(baseline.Title, a.Title);
            Assert.Equal(baseline.Sections.Select(s => (s.Heading, s.Level, s.HeadingInBody)), a.Sections.Select(s => (s.Heading, s.Level, s.HeadingInBody)));
            // text keeps the input's own characters (a tab inside a sentence stays a tab)
            Assert.Equal(baseline.Paragraphs.Select(p => p.Text), a.Paragraphs.Select(p => p.Text.Replace('\t', ' ')));
            Assert.Equal(baseline.References.Select(r => (r.Number, r.Title, r.Publisher)), a.References.Select(r => (r.Number, r.Title, r.Publisher)));
            Assert.Equal(baseline.Infobox?.Sides.Select(s => string.Join("|", s.Combatants)), a.Infobox?.Sides.Select(s => string.Join("|", s.Combatants)));
            Assert.Equal(baseline.Infobox?.Date?.Text, a.Infobox?.Date?.Text);
            AssertSpansValid(a);
        }
    }

    [Theory]
    [InlineData(nameof(SpecDocuments.MilitaryWiki))]
    [InlineData(nameof(SpecDocuments.News))]
    [InlineData(nameof(SpecDocuments.Markdown))]
    [InlineData(nameof(SpecDocuments.WorldLibrary))]
    [InlineData(nameof(SpecDocuments.WikiInfobox))]
    public void A_document_cut_at_any_point_is_read_without_throwing(string name)
    {
        var full = (string)typeof(SpecDocuments).GetField(name)!.GetValue(null)!;
        var format = ArticleReaders.Default.Read(full, "d").Format;
        for (int cut = 0; cut <= full.Length; cut += 7)
        {
            var a = ArticleReaders.Default.Read(full[..cut], "d", new ReadOptions(format));
            Assert.Equal(format, a.Format);
            AssertSpansValid(a);
        }
    }

    [Fact]
    public void A_document_cut_mid_word_keeps_the_partial_word()
    {
        var full = SpecDocuments.MilitaryWiki;
        int at = full.IndexOf("counter-attacked", StringComparison.Ordinal) + 7;
        var a = ArticleReaders.Default.Read(full[..at], "d");
        Assert.Equal(FormatIds.MilitaryWiki, a.Format);
        Assert.Equal("On 20 May, the army counter", a.Paragraphs.Last().Text);
        Assert.Empty(a.References);
    }

    [Fact]
    public void Missing_title_is_a_diagnostic()
    {
        var a = ArticleReaders.Default.Read("= =\nInfobox\n- Date: 5 May 2016\n", "d", new ReadOptions(FormatIds.WikiInfobox));
        Assert.Null(a.Title);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0005");
        Assert.Equal("5 May 2016", a.Infobox!.Date!.Text);
    }

    [Theory]
    [MemberData(nameof(FormatIdsData))]
    public void One_megabyte_single_line_is_read_as_one_paragraph(string format)
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("On 3 May fighters moved along the road[12] and 40 were killed. ");
        }

        var text = sb.ToString();
        var a = ArticleReaders.Default.Read(text, "big", new ReadOptions(format, RecognizeCells: false));
        Assert.Equal(format, a.Format);
        var p = Assert.Single(a.Paragraphs);
        Assert.True(p.Text.Length > 900_000);
        Assert.DoesNotContain("[12]", p.Text, StringComparison.Ordinal);
        Assert.True(p.Citations.Count > 10_000);
    }

    [Fact]
    public void Pathological_infobox_shapes_are_read_in_one_pass()
    {
        // 100k combatant blocks, a casualty label followed by 100k blank lines, then another label
        var sb = new StringBuilder("Military Wiki\nT\nDate1 May 2015\n\n");
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append("Side ").Append(i).Append("\n\n");
        }

        sb.Append("Casualties and losses\n1 killed\n").Append('\n', 100_000).Append("Strength\n5 fighters\n\nThe end came in May.\n");
        var a = ArticleReaders.Default.Read(sb.ToString(), "p", new ReadOptions(RecognizeCells: false));
        var ib = a.Infobox!;
        Assert.Equal(100_000, ib.Sides.Sum(s => s.Combatants.Count));
        Assert.Equal("1 killed", ib.Sides.SelectMany(s => s.Casualties).Single().Text);
        Assert.Equal("5 fighters", ib.Sides.SelectMany(s => s.Strength).Single().Text);
        Assert.Equal("The end came in May.", a.Lead.Single().Text);
    }

    [Fact]
    public void Binary_junk_is_read_with_a_diagnostic()
    {
        var rnd = new Random(7);
        var chars = new char[20_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)rnd.Next(0, 256);
        }

        var a = ArticleReaders.Default.Read(new string(chars), "bin");
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0004");
        AssertSpansValid(a);
    }

    [Fact]
    public void Any_text_in_any_format_never_throws_and_keeps_spans_inside_the_input()
    {
        var pieces = new[]
        {
            "Military Wiki", "World Library", "---", "Infobox", "- Combatant1: A, (b)", "Date10 May 2014", "(1 day)",
            "Casualties and losses", "5 killed[1] 6 killed[2]", "Commanders and leaders", "(role)[3] Name", "## H", "[object Object]",
            "  1. ^ a b x", "  2. 2.0 \"T\". P. 1 May 2014.", "• Heading 2.1", "", " ", "\t", "text[ citation needed ] more.", "**b**", "= T =",
            "==S==", "x: &a [1]", "y: *a", "Tags: a, b", "  • Name says:", "Short heading", "\u00A0Name", "Flag.svg Name", "[",
        };
        var gen = from parts in Gen.ArrayOf(Gen.Elements(pieces))
                  from nl in Gen.Elements("\n", "\r\n", "\r")
                  from fmt in Gen.Elements(Formats.Append(null).ToArray())
                  select (Text: string.Join(nl, parts), Format: fmt);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var a = ArticleReaders.Default.Read(input.Text, "p", new ReadOptions(input.Format));
            AssertSpansValid(a);
            return a.Text == input.Text;
        }));
    }

    [Fact]
    public void Forcing_an_unknown_format_is_an_argument_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => ArticleReaders.Default.Read("x", "d", new ReadOptions("nope")));
        Assert.Equal("options", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => ArticleReaders.Default.Read(null!, "d"));
    }

    [Fact]
    public void The_detector_gives_a_confidence_per_format()
    {
        var d = FormatDetector.Default.Detect(SpecDocuments.WikiInfobox);
        Assert.Equal(FormatIds.WikiInfobox, d.Format);
        Assert.Equal(5, d.Scores.Count);
        Assert.True(d.Confidence >= 0.9);
        Assert.Equal(FormatIds.MarkdownFrontMatter, FormatDetector.Default.Detect(SpecDocuments.Markdown).Format);
        Assert.Equal(FormatIds.WorldLibrary, FormatDetector.Default.Detect(SpecDocuments.WorldLibrary).Format);
        Assert.Equal(FormatIds.MilitaryWiki, FormatDetector.Default.Detect(SpecDocuments.MilitaryWiki).Format);
        Assert.Equal(FormatIds.NewsArticle, FormatDetector.Default.Detect(SpecDocuments.News).Format);
    }

    [Fact]
    public void Reading_is_thread_safe()
    {
        var docs = new[] { SpecDocuments.MilitaryWiki, SpecDocuments.News, SpecDocuments.Markdown, SpecDocuments.WorldLibrary, SpecDocuments.WikiInfobox };
        var expected = docs.Select(d => ArticleReaders.Default.Read(d, "d")).ToArray();
        Parallel.For(0, 200, i =>
        {
            var a = ArticleReaders.Default.Read(docs[i % docs.Length], "d");
            Assert.Equal(expected[i % docs.Length], a);
        });
    }

    private static void AssertSpansValid(Article a)
    {
        foreach (var p in a.Paragraphs)
        {
            var span = p.OriginalSpan;
            Assert.InRange(span.End, 0, a.Text.Length);
            foreach (var c in p.Citations)
            {
                Assert.Equal(c.Marker, a.Text.Substring(c.Span.Start, c.Span.Length));
            }
        }

        foreach (var b in a.Boilerplate)
        {
            Assert.InRange(b.Span.End, 0, a.Text.Length);
        }
    }
}
