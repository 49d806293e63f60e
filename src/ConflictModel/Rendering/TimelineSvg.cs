using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace ConflictModel.Rendering;

/// <summary>
/// Draws a timeline as SVG: each <see cref="TimelineItem"/> is a bar from its earliest to its latest possible day
/// (a tick when it is a single day), items are grouped into lanes (places or actors), open ends fade out towards the
/// edge of the axis with an arrow, contested items carry a red marker whose tooltip names who disagrees, and a date
/// axis with month ticks runs along the top.
/// </summary>
/// <remarks>
/// <para>Structure, for tools and tests: every item is one <c>&lt;g class="item"&gt;</c> with <c>data-id</c>,
/// <c>data-lane</c>, <c>data-earliest</c> and <c>data-latest</c>, holding exactly one <c>rect.bar</c> or
/// <c>line.tick</c>, a <c>text.label</c>, a <c>title</c>, and for contested items one <c>circle.contested-marker</c>.
/// Bars carry <c>open-start</c>/<c>open-end</c> for open dates and <c>clipped-start</c>/<c>clipped-end</c> when they
/// reach past <see cref="TimelineSvgOptions.From"/>/<see cref="TimelineSvgOptions.To"/>.
/// Lanes are <c>&lt;g class="lane"&gt;</c> with <c>data-lane</c>.</para>
/// <para>Output is deterministic: lanes ordered by their earliest item then name (ordinal), items by
/// <see cref="UncertainDate.ByEarliest"/> then id (ordinal); numbers in the invariant culture. Stateless and
/// thread-safe.</para>
/// </remarks>
public static class TimelineSvg
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double AxisHeight = 36;
    private const double LanePadding = 6;
    private const double BarHeight = 12;
    private const double CharWidth = 6.1;

    /// <summary>Returns the SVG document as text (UTF-8 safe, no XML declaration, <c>\n</c> line ends).</summary>
    /// <param name="items">The items to draw.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for <see cref="TimelineSvgOptions.Default"/>.</param>
    /// <returns>The SVG markup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds a null item.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static string Render(IEnumerable<TimelineItem> items, TimelineSvgOptions? options = null)
    {
        var root = Build(items, options);
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            root.WriteTo(writer);
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>Returns the SVG root element (<c>&lt;svg&gt;</c> in <see cref="Svg"/>).</summary>
    /// <param name="items">The items to draw.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for <see cref="TimelineSvgOptions.Default"/>.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds a null item.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static XElement Build(IEnumerable<TimelineItem> items, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var o = options ?? TimelineSvgOptions.Default;
        if (o.Width < 400)
        {
            throw new ArgumentException($"Width ({o.Width}) must be at least 400.", nameof(options));
        }

        if (o.LaneLabelWidth < 0 || o.LaneLabelWidth > o.Width - 200)
        {
            throw new ArgumentException($"LaneLabelWidth ({o.LaneLabelWidth}) must be between 0 and Width - 200.", nameof(options));
        }

        if (o.RowHeight < 14)
        {
            throw new ArgumentException($"RowHeight ({o.RowHeight}) must be at least 14.", nameof(options));
        }

        if (o.MaxLabelLength < 4)
        {
            throw new ArgumentException($"MaxLabelLength ({o.MaxLabelLength}) must be at least 4.", nameof(options));
        }

        var list = items.ToList();
        if (list.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), "items must not contain null.");
        }

        var layout = new Layout(list, o);
        return layout.Draw();
    }

    /// <summary>Returns <paramref name="text"/> with every character that XML 1.0 cannot hold (control characters,
    /// lone surrogates) replaced by U+FFFD, so any label can be written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Text safe for an XML text node or attribute.</returns>
    internal static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            ok = XmlConvert.IsXmlChar(c);
            if (!ok)
            {
                sb ??= new StringBuilder(text.Length).Append(text, 0, i);
                sb.Append('\uFFFD');
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? text;
    }

    private sealed class Layout
    {
        private readonly List<TimelineItem> _items;
        private readonly TimelineSvgOptions _o;
        private readonly LocalDate _start;
        private readonly LocalDate _endExclusive;
        private readonly double _plotLeft;
        private readonly double _plotRight;
        private readonly double _top;

        public Layout(List<TimelineItem> items, TimelineSvgOptions o)
        {
            _items = items;
            _o = o;
            var days = items.SelectMany(i => new[] { i.When.Earliest, i.When.Latest }).Where(d => d.HasValue).Select(d => d!.Value).ToList();
            var min = o.From ?? (days.Count > 0 ? days.Min() : o.To ?? new LocalDate(2000, 1, 1));
            var max = o.To ?? (days.Count > 0 ? days.Max() : o.From ?? new LocalDate(2000, 12, 31));
            if (max < min)
            {
                max = min;
            }

            _start = new LocalDate(min.Year, min.Month, 1);
            _endExclusive = new LocalDate(max.Year, max.Month, 1).PlusMonths(1);
            _plotLeft = o.LaneLabelWidth + 10;
            _plotRight = o.Width - 16;
            _top = (o.Title is null ? 8 : 38) + AxisHeight;
        }

        private double PlotWidth => _plotRight - _plotLeft;

        private double X(LocalDate day)
        {
            double total = Period.DaysBetween(_start, _endExclusive);
            var clamped = day < _start ? _start : day > _endExclusive ? _endExclusive : day;
            return _plotLeft + (Period.DaysBetween(_start, clamped) / total * PlotWidth);
        }

        private bool ClippedStart(UncertainDate w) => w.Earliest is { } e && e < _start;

        private bool ClippedEnd(UncertainDate w) => w.Latest is { } l && l >= _endExclusive;

        public XElement Draw()
        {
            var lanes = _items
                .GroupBy(i => i.Lane, StringComparer.Ordinal)
                .Select(g => (Lane: g.Key, Items: g.OrderBy(i => i.When, UncertainDate.ByEarliest)
                    .ThenBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Label, StringComparer.Ordinal).ToList()))
                .OrderBy(l => l.Items[0].When, UncertainDate.ByEarliest)
                .ThenBy(l => l.Lane, StringComparer.Ordinal)
                .ToList();

            var laneElements = new List<XElement>();
            double y = _top;
            int laneIndex = 0;
            foreach (var (lane, laneItems) in lanes)
            {
                var (element, laneHeight) = DrawLane(lane, laneItems, y, laneIndex++);
                laneElements.Add(element);
                y += laneHeight;
            }

            double legendTop = y + 14;
            double height = legendTop + 30;
            var svg = new XElement(Svg + "svg",
                new XAttribute("width", F(_o.Width)),
                new XAttribute("height", F(height)),
                new XAttribute("viewBox", $"0 0 {F(_o.Width)} {F(height)}"),
                new XAttribute("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif"),
                new XAttribute("font-size", "11"),
                new XAttribute("class", "conflictmodel-timeline"),
                Defs(),
                new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")));
            if (_o.Title is { } title)
            {
                svg.Add(new XElement(Svg + "text", new XAttribute("class", "title"), new XAttribute("x", "12"), new XAttribute("y", "24"),
                    new XAttribute("font-size", "16"), new XAttribute("font-weight", "bold"), Clean(title)));
            }

            svg.Add(Axis(y));
            svg.Add(laneElements);
            svg.Add(Legend(legendTop));
            return svg;
        }

        private (XElement Element, double Height) DrawLane(string lane, List<TimelineItem> laneItems, double top, int index)
        {
            // Greedy row packing: an item goes to the first row whose last occupied x is left of its own start.
            var rowEnds = new List<double>();
            var placed = new List<(TimelineItem Item, int Row, Geometry G)>();
            foreach (var item in laneItems)
            {
                var g = Measure(item);
                int row = rowEnds.FindIndex(end => end + 6 <= g.OccupiedLeft);
                if (row < 0)
                {
                    rowEnds.Add(g.OccupiedRight);
                    row = rowEnds.Count - 1;
                }
                else
                {
                    rowEnds[row] = g.OccupiedRight;
                }

                placed.Add((item, row, g));
            }

            double height = (rowEnds.Count * _o.RowHeight) + (2 * LanePadding);
            var group = new XElement(Svg + "g", new XAttribute("class", "lane"), new XAttribute("data-lane", Clean(lane)),
                new XElement(Svg + "rect", new XAttribute("class", "lane-band"), new XAttribute("x", "0"), new XAttribute("y", F(top)),
                    new XAttribute("width", F(_o.Width)), new XAttribute("height", F(height)),
                    new XAttribute("fill", index % 2 == 0 ? "#f4f6f9" : "#ffffff")),
                new XElement(Svg + "line", new XAttribute("x1", "0"), new XAttribute("x2", F(_o.Width)), new XAttribute("y1", F(top)),
                    new XAttribute("y2", F(top)), new XAttribute("stroke", "#d5dbe3")),
                new XElement(Svg + "text", new XAttribute("class", "lane-label"), new XAttribute("x", "10"),
                    new XAttribute("y", F(top + LanePadding + (_o.RowHeight / 2.0) + 4)), new XAttribute("font-weight", "bold"),
                    new XAttribute("fill", "#2b3440"),
                    new XElement(Svg + "title", Clean(lane)),
                    Shorten(lane, Math.Max(4, (int)((_o.LaneLabelWidth - 14) / CharWidth)))));
            foreach (var (item, row, g) in placed)
            {
                double rowTop = top + LanePadding + (row * _o.RowHeight);
                group.Add(DrawItem(item, g, rowTop + ((_o.RowHeight - BarHeight) / 2.0)));
            }

            return (group, height);
        }

        private Geometry Measure(TimelineItem item)
        {
            var w = item.When;
            bool single = w.IsSingleDay && !ClippedStart(w) && !ClippedEnd(w);
            double x1 = w.Earliest is { } e ? X(e) : _plotLeft;
            double x2 = w.Latest is { } l ? X(l.PlusDays(1)) : _plotRight;
            if (single)
            {
                double mid = (x1 + x2) / 2.0;
                x1 = mid;
                x2 = mid;
            }

            string label = Shorten(item.Label, _o.MaxLabelLength);
            double markerRoom = item.Contested ? 12 : 0;
            double labelWidth = label.Length * CharWidth;
            double right = x2 + (single ? 4 : 0) + markerRoom;
            bool fitsRight = right + 5 + labelWidth <= _o.Width - 4;
            bool labelLeft = !fitsRight && x1 - 5 - labelWidth >= _plotLeft;
            // A long bar with no room on either side carries its label inside (white on a bar's dark start; dark on the
            // faded start of an open bar).
            bool labelInside = !fitsRight && !labelLeft && !single && x2 - x1 >= 60;
            if (labelInside && labelWidth > x2 - x1 - 12 - markerRoom)
            {
                int chars = Math.Max(4, (int)((x2 - x1 - 12 - markerRoom) / CharWidth));
                label = Shorten(label, chars);
                labelWidth = label.Length * CharWidth;
            }

            double occupiedLeft = labelLeft ? x1 - 5 - labelWidth - 2 : x1 - (single ? 4 : 0);
            double occupiedRight = labelLeft || labelInside ? right : right + 5 + labelWidth;
            return new Geometry(x1, x2, single, label, labelLeft, labelInside, right, occupiedLeft, occupiedRight);
        }

        private XElement DrawItem(TimelineItem item, Geometry g, double y)
        {
            var w = item.When;
            string edtf = Edtf.Format(w);
            string tooltip = $"{item.Label}\n{DisplayText.Format(w)} ({edtf})\nlane: {item.Lane}" + (item.Note is { Length: > 0 } note ? "\n" + note : string.Empty);
            var group = new XElement(Svg + "g",
                new XAttribute("class", item.Contested ? "item contested" : "item"),
                new XAttribute("data-id", Clean(item.Id)),
                new XAttribute("data-lane", Clean(item.Lane)),
                new XAttribute("data-earliest", w.Earliest is { } e ? Edtf.Day(e) : string.Empty),
                new XAttribute("data-latest", w.Latest is { } l ? Edtf.Day(l) : string.Empty),
                new XElement(Svg + "title", Clean(tooltip)));
            double mid = y + (BarHeight / 2.0);
            if (g.Single)
            {
                group.Add(new XElement(Svg + "line", new XAttribute("class", "tick"),
                    new XAttribute("x1", F(g.X1)), new XAttribute("x2", F(g.X1)),
                    new XAttribute("y1", F(y - 3)), new XAttribute("y2", F(y + BarHeight + 3)),
                    new XAttribute("stroke", "#1f3f6e"), new XAttribute("stroke-width", "3"), new XAttribute("stroke-linecap", "round")));
            }
            else
            {
                bool openStart = !w.HasEarliest;
                bool openEnd = !w.HasLatest;
                bool clippedStart = ClippedStart(w);
                bool clippedEnd = ClippedEnd(w);
                string fill = (openStart, openEnd) switch
                {
                    (true, true) => "url(#cm-fade-both)",
                    (true, false) => "url(#cm-fade-start)",
                    (false, true) => "url(#cm-fade-end)",
                    _ => "#4a78b5",
                };
                string cls = "bar" + (openStart ? " open-start" : string.Empty) + (openEnd ? " open-end" : string.Empty)
                    + (clippedStart ? " clipped-start" : string.Empty) + (clippedEnd ? " clipped-end" : string.Empty);
                group.Add(new XElement(Svg + "rect", new XAttribute("class", cls),
                    new XAttribute("x", F(g.X1)), new XAttribute("y", F(y)),
                    new XAttribute("width", F(g.X2 - g.X1)), new XAttribute("height", F(BarHeight)),
                    new XAttribute("rx", "2"), new XAttribute("fill", fill),
                    new XAttribute("stroke", "#2f5f9e"), new XAttribute("stroke-width", openStart || openEnd ? "0" : "0.8")));
                if (openStart || clippedStart)
                {
                    group.Add(Arrow(g.X1, mid, -1, clippedStart ? "clipped-arrow" : "open-arrow"));
                }

                if (openEnd || clippedEnd)
                {
                    group.Add(Arrow(g.X2, mid, 1, clippedEnd ? "clipped-arrow" : "open-arrow"));
                }
            }

            if (item.Contested)
            {
                double cx = g.Right - 5;
                group.Add(new XElement(Svg + "circle", new XAttribute("class", "contested-marker"),
                    new XAttribute("cx", F(cx)), new XAttribute("cy", F(mid)), new XAttribute("r", "4.5"),
                    new XAttribute("fill", "#d62728"), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "1"),
                    new XElement(Svg + "title", Clean("Contested: " + (item.Note is { Length: > 0 } n ? n : "sources disagree on a figure")))));
            }

            double tx = g.LabelLeft ? g.X1 - 5 : g.LabelInside ? g.X1 + 6 : g.Right + 5;
            group.Add(new XElement(Svg + "text", new XAttribute("class", g.LabelInside ? "label inside" : "label"),
                new XAttribute("x", F(tx)), new XAttribute("y", F(g.LabelInside ? mid + 3 : mid + 4)),
                new XAttribute("text-anchor", g.LabelLeft ? "end" : "start"),
                new XAttribute("fill", g.LabelInside && item.When.HasEarliest ? "#ffffff" : item.Contested ? "#8c1c1c" : "#1d2630"),
                g.LabelInside ? new XAttribute("font-size", "9") : null,
                g.Label));
            return group;
        }

        private static XElement Arrow(double x, double y, int direction, string cls = "open-arrow")
        {
            double tip = x + (direction * 7);
            return new XElement(Svg + "path", new XAttribute("class", cls),
                new XAttribute("d", $"M{F(x)},{F(y - 5)} L{F(tip)},{F(y)} L{F(x)},{F(y + 5)} Z"),
                new XAttribute("fill", cls == "open-arrow" ? "#9db4d3" : "#4a78b5"));
        }

        private XElement Axis(double bottom)
        {
            double axisY = _top - 6;
            var group = new XElement(Svg + "g", new XAttribute("class", "axis"),
                new XElement(Svg + "line", new XAttribute("x1", F(_plotLeft)), new XAttribute("x2", F(_plotRight)),
                    new XAttribute("y1", F(axisY)), new XAttribute("y2", F(axisY)), new XAttribute("stroke", "#5b6672")));
            int months = ((_endExclusive.Year - _start.Year) * 12) + _endExclusive.Month - _start.Month;
            double perMonth = PlotWidth / months;
            // Labels that carry a year ("Jan 2015") need about 60 px; choose the smallest calendar-aligned step that fits.
            int step = new[] { 1, 2, 3, 4, 6, 12, 24, 60, 120 }.First(s => s * perMonth >= 64 || s == 120);
            if (months <= 3)
            {
                // Short ranges: minor ticks on the 8th, 15th and 22nd of each month, labelled with the day.
                for (var m = _start; m < _endExclusive; m = m.PlusMonths(1))
                {
                    foreach (int day in new[] { 8, 15, 22 })
                    {
                        double dx = X(m.PlusDays(day - 1));
                        group.Add(new XElement(Svg + "line", new XAttribute("class", "day-tick"),
                            new XAttribute("x1", F(dx)), new XAttribute("x2", F(dx)),
                            new XAttribute("y1", F(axisY - 3)), new XAttribute("y2", F(axisY)), new XAttribute("stroke", "#5b6672")));
                        group.Add(new XElement(Svg + "line", new XAttribute("class", "grid"),
                            new XAttribute("x1", F(dx)), new XAttribute("x2", F(dx)),
                            new XAttribute("y1", F(axisY)), new XAttribute("y2", F(bottom)),
                            new XAttribute("stroke", "#eef1f5"), new XAttribute("stroke-width", "1")));
                        group.Add(new XElement(Svg + "text", new XAttribute("class", "day-label"),
                            new XAttribute("x", F(dx + 2)), new XAttribute("y", F(axisY - 9)),
                            new XAttribute("fill", "#6b7580"), day.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }

            bool firstLabel = true;
            for (var m = _start; m < _endExclusive; m = m.PlusMonths(1))
            {
                bool labelled = step < 12 ? (m.Month - 1) % step == 0 : m.Month == 1 && m.Year % (step / 12) == 0;
                bool january = m.Month == 1;
                if (!labelled && perMonth < 4)
                {
                    continue;
                }

                double x = X(m);
                group.Add(new XElement(Svg + "line", new XAttribute("class", labelled ? "month-tick labelled" : "month-tick"),
                    new XAttribute("x1", F(x)), new XAttribute("x2", F(x)),
                    new XAttribute("y1", F(axisY - (labelled ? 6 : 3))), new XAttribute("y2", F(axisY)),
                    new XAttribute("stroke", "#5b6672")));
                group.Add(new XElement(Svg + "line", new XAttribute("class", "grid"),
                    new XAttribute("x1", F(x)), new XAttribute("x2", F(x)),
                    new XAttribute("y1", F(axisY)), new XAttribute("y2", F(bottom)),
                    new XAttribute("stroke", january ? "#b8c2ce" : "#e3e8ee"), new XAttribute("stroke-width", "1")));
                if (labelled)
                {
                    bool withYear = january || firstLabel || step >= 12;
                    firstLabel = false;
                    string text = step >= 12 ? m.Year.ToString(CultureInfo.InvariantCulture) : DisplayText.Month(m.Year, m.Month, withYear);
                    group.Add(new XElement(Svg + "text", new XAttribute("class", "month-label"),
                        new XAttribute("x", F(x + 2)), new XAttribute("y", F(axisY - 9)),
                        new XAttribute("fill", "#3a4550"), new XAttribute("font-weight", withYear ? "bold" : "normal"), text));
                }
            }

            return group;
        }

        private XElement Legend(double top)
        {
            double y = top + 8;
            double x = 12;
            var group = new XElement(Svg + "g", new XAttribute("class", "legend"), new XAttribute("font-size", "10"), new XAttribute("fill", "#3a4550"));
            group.Add(new XElement(Svg + "rect", new XAttribute("x", F(x)), new XAttribute("y", F(y - 5)), new XAttribute("width", "26"),
                new XAttribute("height", "10"), new XAttribute("rx", "2"), new XAttribute("fill", "#4a78b5")));
            group.Add(new XElement(Svg + "text", new XAttribute("x", F(x + 32)), new XAttribute("y", F(y + 4)), "earliest to latest possible day"));
            x += 230;
            group.Add(new XElement(Svg + "line", new XAttribute("x1", F(x + 4)), new XAttribute("x2", F(x + 4)), new XAttribute("y1", F(y - 8)),
                new XAttribute("y2", F(y + 8)), new XAttribute("stroke", "#1f3f6e"), new XAttribute("stroke-width", "3"), new XAttribute("stroke-linecap", "round")));
            group.Add(new XElement(Svg + "text", new XAttribute("x", F(x + 14)), new XAttribute("y", F(y + 4)), "single day"));
            x += 90;
            group.Add(new XElement(Svg + "rect", new XAttribute("x", F(x)), new XAttribute("y", F(y - 5)), new XAttribute("width", "30"),
                new XAttribute("height", "10"), new XAttribute("fill", "url(#cm-fade-end)")));
            group.Add(Arrow(x + 30, y, 1));
            group.Add(new XElement(Svg + "text", new XAttribute("x", F(x + 44)), new XAttribute("y", F(y + 4)), "open end"));
            x += 110;
            group.Add(new XElement(Svg + "circle", new XAttribute("cx", F(x + 5)), new XAttribute("cy", F(y)), new XAttribute("r", "4.5"), new XAttribute("fill", "#d62728")));
            group.Add(new XElement(Svg + "text", new XAttribute("x", F(x + 14)), new XAttribute("y", F(y + 4)), "contested figure (hover for who disagrees)"));
            return group;
        }

        private static XElement Defs()
        {
            static XElement Gradient(string id, string from, string to) =>
                new(Svg + "linearGradient", new XAttribute("id", id), new XAttribute("x1", "0"), new XAttribute("x2", "1"), new XAttribute("y1", "0"), new XAttribute("y2", "0"),
                    new XElement(Svg + "stop", new XAttribute("offset", "0"), new XAttribute("stop-color", "#4a78b5"), new XAttribute("stop-opacity", from)),
                    new XElement(Svg + "stop", new XAttribute("offset", "1"), new XAttribute("stop-color", "#4a78b5"), new XAttribute("stop-opacity", to)));
            var both = new XElement(Svg + "linearGradient", new XAttribute("id", "cm-fade-both"), new XAttribute("x1", "0"), new XAttribute("x2", "1"), new XAttribute("y1", "0"), new XAttribute("y2", "0"),
                new XElement(Svg + "stop", new XAttribute("offset", "0"), new XAttribute("stop-color", "#4a78b5"), new XAttribute("stop-opacity", "0.08")),
                new XElement(Svg + "stop", new XAttribute("offset", "0.5"), new XAttribute("stop-color", "#4a78b5"), new XAttribute("stop-opacity", "0.7")),
                new XElement(Svg + "stop", new XAttribute("offset", "1"), new XAttribute("stop-color", "#4a78b5"), new XAttribute("stop-opacity", "0.08")));
            return new XElement(Svg + "defs", Gradient("cm-fade-start", "0.08", "1"), Gradient("cm-fade-end", "1", "0.08"), both);
        }

        private static string Shorten(string text, int max)
        {
            string oneLine = Clean(text).ReplaceLineEndings(" ");
            return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
        }

        private static string F(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

        private readonly record struct Geometry(double X1, double X2, bool Single, string Label, bool LabelLeft, bool LabelInside, double Right,
            double OccupiedLeft, double OccupiedRight);
    }
}
