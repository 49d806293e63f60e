using System.Globalization;
using System.Xml.Linq;
using ConflictModel.Rendering;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Rendering;

public class TimelineSvgTests
{
    private static readonly XNamespace S = TimelineSvg.Svg;

    private static readonly TimelineItem[] Sample =
    [
        new("e1", "Army enters the town", "Abu Kamal", UncertainDate.OnDay(new LocalDate(2017, 11, 8)), false),
        new("e2", "Battle of Abu Kamal", "Abu Kamal", UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19)), true, "SOHR: 61 killed; militia commander: fewer than 40"),
        new("e3", "Counter-attack", "Abu Kamal", UncertainDate.OnDay(new LocalDate(2017, 11, 11)), false),
        new("p1", "Fall of Palmyra", "Palmyra", UncertainDate.OneOf(new LocalDate(2017, 10, 20), new LocalDate(2017, 10, 21)), true, "SOHR: 217 executed; state media: about 400"),
        new("p2", "Siege continues", "Palmyra", UncertainDate.OnOrAfter(UncertainDate.OnDay(new LocalDate(2017, 10, 25))), false),
        new("k1", "Raids before the battle", "Kobani", UncertainDate.OnOrBefore(UncertainDate.OnDay(new LocalDate(2017, 9, 30))), false),
    ];

    private static XElement Parse(IEnumerable<TimelineItem> items, TimelineSvgOptions? options = null) =>
        XElement.Parse(TimelineSvg.Render(items, options));

    private static List<XElement> Items(XElement svg) =>
        svg.Descendants(S + "g").Where(g => Classes(g).Contains("item")).ToList();

    private static string[] Classes(XElement e) => ((string?)e.Attribute("class") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static XElement Mark(XElement item) =>
        item.Elements().Single(e => (e.Name == S + "rect" && Classes(e).Contains("bar")) || (e.Name == S + "line" && Classes(e).Contains("tick")));

    private static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static double StartX(XElement item) => Mark(item) is var m && m.Name == S + "rect" ? Num(m, "x") : Num(m, "x1");

    private static double EndX(XElement item) => Mark(item) is var m && m.Name == S + "rect" ? Num(m, "x") + Num(m, "width") : Num(m, "x1");

    [Fact]
    public void Render_IsWellFormedSvgWithOneMarkPerItem()
    {
        var svg = Parse(Sample);
        Assert.Equal(S + "svg", svg.Name);
        var items = Items(svg);
        Assert.Equal(Sample.Select(i => i.Id).Order(StringComparer.Ordinal), items.Select(g => (string)g.Attribute("data-id")!).Order(StringComparer.Ordinal));
        foreach (var g in items)
        {
            var marks = g.Elements().Where(e => Classes(e).Intersect(["bar", "tick"]).Any()).ToList();
            Assert.Single(marks);
        }
    }

    [Fact]
    public void Render_SingleDayIsTick_RangeIsBar()
    {
        var items = Items(Parse(Sample)).ToDictionary(g => (string)g.Attribute("data-id")!);
        Assert.Equal(S + "line", Mark(items["e1"]).Name);
        Assert.Equal(S + "line", Mark(items["e3"]).Name);
        Assert.Equal(S + "rect", Mark(items["e2"]).Name);
        Assert.Equal(S + "rect", Mark(items["p1"]).Name);
    }

    [Fact]
    public void Render_OpenEndsAreMarkedAndReachTheAxisEdge()
    {
        var items = Items(Parse(Sample)).ToDictionary(g => (string)g.Attribute("data-id")!);
        var openEnd = Mark(items["p2"]);
        var openStart = Mark(items["k1"]);
        Assert.Contains("open-end", Classes(openEnd));
        Assert.Contains("open-start", Classes(openStart));
        Assert.Equal("url(#cm-fade-end)", (string)openEnd.Attribute("fill")!);
        Assert.Single(items["p2"].Elements(S + "path"), p => Classes(p).Contains("open-arrow"));
        Assert.Single(items["k1"].Elements(S + "path"), p => Classes(p).Contains("open-arrow"));
        double minStart = items.Values.Min(StartX);
        double maxEnd = items.Values.Max(EndX);
        Assert.Equal(minStart, StartX(items["k1"]));
        Assert.Equal(maxEnd, EndX(items["p2"]));
        Assert.Equal(string.Empty, (string)items["k1"].Attribute("data-earliest")!);
        Assert.Equal("2017-09-30", (string)items["k1"].Attribute("data-latest")!);
    }

    [Fact]
    public void Render_XPositionsFollowDates()
    {
        var items = Items(Parse(Sample)).ToDictionary(g => (string)g.Attribute("data-id")!);
        // 20 Oct < 8 Nov < 11 Nov by start; 21 Oct < 11 Nov < 19 Nov by end.
        Assert.True(StartX(items["p1"]) < StartX(items["e2"]));
        Assert.True(StartX(items["e2"]) < StartX(items["e3"]));
        Assert.True(EndX(items["p1"]) < EndX(items["e3"]));
        Assert.True(EndX(items["e3"]) < EndX(items["e2"]));
        // The tick of 8 November lies inside the bar that starts on 8 November.
        Assert.InRange(StartX(items["e1"]), StartX(items["e2"]), EndX(items["e2"]));
    }

    [Fact]
    public void Render_ContestedMarkerExactlyOnContestedItems_WithWhoDisagrees()
    {
        var items = Items(Parse(Sample));
        foreach (var g in items)
        {
            string id = (string)g.Attribute("data-id")!;
            var source = Sample.Single(i => i.Id == id);
            var markers = g.Elements(S + "circle").Where(c => Classes(c).Contains("contested-marker")).ToList();
            Assert.Equal(source.Contested ? 1 : 0, markers.Count);
            if (source.Contested)
            {
                Assert.Equal("Contested: " + source.Note, (string)markers[0].Element(S + "title")!);
            }
        }
    }

    [Fact]
    public void Render_GroupsItemsIntoLanes_OrderedByEarliestItem()
    {
        var svg = Parse(Sample);
        var lanes = svg.Elements(S + "g").Where(g => Classes(g).Contains("lane")).ToList();
        Assert.Equal(["Kobani", "Palmyra", "Abu Kamal"], lanes.Select(l => (string)l.Attribute("data-lane")!));
        foreach (var lane in lanes)
        {
            string name = (string)lane.Attribute("data-lane")!;
            var ids = Items(lane).Select(g => (string)g.Attribute("data-id")!).Order(StringComparer.Ordinal);
            Assert.Equal(Sample.Where(i => i.Lane == name).Select(i => i.Id).Order(StringComparer.Ordinal), ids);
            var laneLabel = lane.Elements(S + "text").Single(t => Classes(t).Contains("lane-label"));
            Assert.Equal(name, string.Concat(laneLabel.Nodes().OfType<XText>().Select(t => t.Value)));
            Assert.Equal(name, laneLabel.Element(S + "title")!.Value);
        }
    }

    [Fact]
    public void Render_AxisHasOneTickPerMonthOfTheRange()
    {
        var svg = Parse(Sample);
        var axis = svg.Elements(S + "g").Single(g => Classes(g).Contains("axis"));
        var ticks = axis.Elements(S + "line").Where(l => Classes(l).Contains("month-tick")).ToList();
        Assert.Equal(3, ticks.Count); // September, October, November 2017
        var labels = axis.Elements(S + "text").Where(t => Classes(t).Contains("month-label")).Select(t => t.Value).ToList();
        Assert.Equal(["Sep 2017", "Oct", "Nov"], labels);
        var xs = ticks.Select(t => Num(t, "x1")).ToList();
        Assert.Equal(xs.Order(), xs);
    }

    [Fact]
    public void Render_EscapesLabelsAndRemovesCharactersXmlCannotHold()
    {
        string nasty = "<script>alert(\"x\")</script> & 'Deir ez-Zor' \u0001 ]]>";
        var item = new TimelineItem("id&<>\"", nasty, "lane <&>", UncertainDate.OnDay(new LocalDate(2015, 5, 21)), true, "SOHR <217> & state media \"400\"");
        string text = TimelineSvg.Render([item], TimelineSvgOptions.Default with { MaxLabelLength = 200 });
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        var svg = XElement.Parse(text);
        var g = Items(svg).Single();
        Assert.Equal("id&<>\"", (string)g.Attribute("data-id")!);
        Assert.Equal("lane <&>", (string)g.Attribute("data-lane")!);
        Assert.Equal(nasty.Replace('\u0001', '\uFFFD'), g.Elements(S + "text").Single().Value);
        Assert.Contains("SOHR <217> & state media \"400\"", g.Descendants(S + "title").Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongLabelsAreShortenedButTooltipKeepsThem()
    {
        string label = new('x', 100);
        var svg = Parse([new TimelineItem("a", label, "L", UncertainDate.OnDay(new LocalDate(2015, 5, 21)), false)]);
        var g = Items(svg).Single();
        Assert.Equal(new string('x', 47) + "…", g.Elements(S + "text").Single().Value);
        Assert.StartsWith(label, g.Element(S + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsDeterministicAndIndependentOfInputOrder()
    {
        string a = TimelineSvg.Render(Sample);
        string b = TimelineSvg.Render(Sample.Reverse());
        Assert.Equal(a, b);
        Assert.Equal(a, TimelineSvg.Render(Sample.ToList()));
    }

    [Fact]
    public void Render_EmptyAndUndatedInputsStillDrawOneMarkEach()
    {
        Assert.Empty(Items(Parse([])));
        var svg = Parse([new TimelineItem("u", "undated report", "Syria", default, false)]);
        var mark = Mark(Items(svg).Single());
        Assert.Contains("open-start", Classes(mark));
        Assert.Contains("open-end", Classes(mark));
    }

    [Fact]
    public void Render_RejectsBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => TimelineSvg.Render(null!));
        Assert.Throws<ArgumentNullException>(() => TimelineSvg.Render([null!]));
        var ex = Assert.Throws<ArgumentException>(() => TimelineSvg.Render(Sample, TimelineSvgOptions.Default with { Width = 100 }));
        Assert.Contains("Width", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LabelGoesInsideALongBarWhenNoRoomBesideIt()
    {
        var whole = new TimelineItem("w", "A long siege that fills the whole axis", "Kobani",
            UncertainDate.OneOf(new LocalDate(2014, 9, 1), new LocalDate(2015, 1, 31)), false);
        var day = new TimelineItem("d", "A single day", "Kobani", UncertainDate.OnDay(new LocalDate(2014, 10, 6)), false);
        var items = Items(Parse([whole, day])).ToDictionary(g => (string)g.Attribute("data-id")!);
        var label = items["w"].Elements(S + "text").Single();
        Assert.Equal(["label", "inside"], Classes(label));
        Assert.InRange(Num(label, "x"), StartX(items["w"]), EndX(items["w"]));
        Assert.Equal("A long siege that fills the whole axis", label.Value);
        Assert.Equal(["label"], Classes(items["d"].Elements(S + "text").Single()));
    }

    [Fact]
    public void Render_WindowClipsBarsThatReachPastIt_AndMarksThem()
    {
        var siege = new TimelineItem("s", "Siege", "Kobani", UncertainDate.OneOf(new LocalDate(2014, 9, 13), new LocalDate(2015, 1, 26)), false);
        var inside = new TimelineItem("i", "Entry", "Kobani", UncertainDate.OnDay(new LocalDate(2014, 10, 6)), false);
        var options = TimelineSvgOptions.Default with { From = new LocalDate(2014, 10, 1), To = new LocalDate(2014, 11, 30) };
        var svg = Parse([siege, inside], options);
        var items = Items(svg).ToDictionary(g => (string)g.Attribute("data-id")!);
        var bar = Mark(items["s"]);
        Assert.Contains("clipped-start", Classes(bar));
        Assert.Contains("clipped-end", Classes(bar));
        Assert.DoesNotContain("open-start", Classes(bar));
        Assert.Equal(2, items["s"].Elements(S + "path").Count(p => Classes(p).Contains("clipped-arrow")));
        var axis = svg.Elements(S + "g").Single(g => Classes(g).Contains("axis"));
        var axisLine = axis.Elements(S + "line").First();
        Assert.Equal(Num(axisLine, "x1"), StartX(items["s"]));
        Assert.Equal(Num(axisLine, "x2"), EndX(items["s"]));
        Assert.Equal(2, axis.Elements(S + "line").Count(l => Classes(l).Contains("month-tick"))); // October, November
        Assert.Equal("2014-09-13", (string)items["s"].Attribute("data-earliest")!); // the data keeps the true dates
        Assert.InRange(StartX(items["i"]), StartX(items["s"]), EndX(items["s"]));
    }

    [Fact]
    public void Render_OverlappingItemsInOneLaneGoToDifferentRows()
    {
        var day = new LocalDate(2016, 1, 1);
        var items = Enumerable.Range(0, 5)
            .Select(i => new TimelineItem("i" + i, "overlapping " + i, "Aleppo", UncertainDate.OneOf(day, day.PlusDays(20)), false))
            .ToArray();
        var ys = Items(Parse(items)).Select(g => Num(Mark(g), "y")).ToList();
        Assert.Equal(5, ys.Distinct().Count());
    }

    private static readonly Gen<TimelineItem[]> ItemsGen =
        from count in Gen.Choose(1, 25)
        from specs in Gen.ArrayOf(
            from start in Gen.Choose(0, 1500)
            from length in Gen.Frequency((3, Gen.Constant(0)), (4, Gen.Choose(1, 120)), (1, Gen.Choose(121, 600)))
            from lane in Gen.Elements("Aleppo", "Deir ez-Zor", "Raqqa", "Palmyra")
            from contested in Gen.Elements(true, false)
            select (start, length, lane, contested), count)
        select specs.Select((s, i) => new TimelineItem(
            "id" + i.ToString("D3", CultureInfo.InvariantCulture),
            "event " + i.ToString(CultureInfo.InvariantCulture),
            s.lane,
            UncertainDate.OneOf(new LocalDate(2014, 1, 1).PlusDays(s.start), new LocalDate(2014, 1, 1).PlusDays(s.start + s.length)),
            s.contested,
            s.contested ? "A says 10; B says 20" : null)).ToArray();

    [Fact]
    public void Render_PositionsAreMonotoneInDates_ForGeneratedTimelines()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), Prop.ForAll(ItemsGen.ToArbitrary(), items =>
        {
            var svg = Parse(items);
            var drawn = Items(svg).ToDictionary(g => (string)g.Attribute("data-id")!);
            if (drawn.Count != items.Length)
            {
                return false;
            }

            foreach (var a in items)
            {
                var ga = drawn[a.Id];
                bool tick = a.When.IsSingleDay;
                if ((Mark(ga).Name == S + "line") != tick ||
                    ga.Elements(S + "circle").Count(c => Classes(c).Contains("contested-marker")) != (a.Contested ? 1 : 0))
                {
                    return false;
                }

                foreach (var b in items)
                {
                    var gb = drawn[b.Id];
                    if (a.When.Earliest < b.When.Earliest && !(StartX(ga) < StartX(gb)))
                    {
                        return false;
                    }

                    if (a.When.Latest < b.When.Latest && !(EndX(ga) < EndX(gb)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }));
    }
}
