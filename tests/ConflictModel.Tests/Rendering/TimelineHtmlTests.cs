using System.Xml.Linq;
using ConflictModel.Rendering;
using NodaTime;

namespace ConflictModel.Tests.Rendering;

public class TimelineHtmlTests
{
    [Fact]
    public void Render_EmbedsTheSvgAndOneTableRowPerItem_Escaped()
    {
        TimelineItem[] items =
        [
            new("a", "Fall of <Palmyra> & \"Tadmur\"", "Palmyra", UncertainDate.OneOf(new LocalDate(2015, 5, 20), new LocalDate(2015, 5, 21)), true, "SOHR: 217; state media: ~400"),
            new("b", "al-Sukhnah taken", "Palmyra", UncertainDate.OnDay(new LocalDate(2015, 5, 13)), false),
        ];
        string html = TimelineHtml.Render(items, TimelineSvgOptions.Default with { Title = "Palmyra & Tadmur" });
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Palmyra &amp; Tadmur</title>", html, StringComparison.Ordinal);
        Assert.Contains("Fall of &lt;Palmyra&gt; &amp; &quot;Tadmur&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Palmyra>", html, StringComparison.Ordinal);
        int svgStart = html.IndexOf("<svg", StringComparison.Ordinal);
        int svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        var svg = XElement.Parse(html[svgStart..svgEnd]);
        Assert.Equal(2, svg.Descendants(TimelineSvg.Svg + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("item", StringComparison.Ordinal) == true));
        Assert.Equal(2, CountOf(html, "<tr><td>") + CountOf(html, "<tr class=\"contested\"><td>"));
        Assert.Equal(1, CountOf(html, "<tr class=\"contested\">"));
        Assert.Contains("<td>20–21 May 2015</td>", html, StringComparison.Ordinal);
        Assert.Equal(html, TimelineHtml.Render(items.Reverse(), TimelineSvgOptions.Default with { Title = "Palmyra & Tadmur" }));
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
