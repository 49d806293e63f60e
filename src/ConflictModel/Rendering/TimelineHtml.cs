using System.Net;
using System.Text;

namespace ConflictModel.Rendering;

/// <summary>
/// Wraps the <see cref="TimelineSvg"/> picture in a self-contained HTML page (no scripts, no external resources)
/// with a table of the same items beneath it, so the timeline can be opened in any browser and read without a mouse.
/// </summary>
/// <remarks>Output is deterministic (same ordering as the SVG, invariant culture). Stateless and thread-safe.</remarks>
public static class TimelineHtml
{
    /// <summary>Returns the HTML page.</summary>
    /// <param name="items">The items to draw.</param>
    /// <param name="options">Layout options, or <see langword="null"/> for <see cref="TimelineSvgOptions.Default"/>.</param>
    /// <returns>The HTML markup (UTF-8, <c>\n</c> line ends).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds a null item.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static string Render(IEnumerable<TimelineItem> items, TimelineSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var o = options ?? TimelineSvgOptions.Default;
        string svg = TimelineSvg.Render(list, o);
        string title = H(o.Title ?? "Timeline");
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title).Append("</title>\n")
          .Append("<style>\nbody{font-family:\"DejaVu Sans\",Helvetica,Arial,sans-serif;margin:1.5em;color:#1d2630}\n")
          .Append("table{border-collapse:collapse;margin-top:1.5em;font-size:13px}\nth,td{border:1px solid #d5dbe3;padding:3px 8px;text-align:left;vertical-align:top}\n")
          .Append("th{background:#f4f6f9}\ntr.contested td.label{color:#8c1c1c;font-weight:bold}\n.figure{overflow-x:auto}\n</style>\n</head>\n<body>\n")
          .Append("<h1>").Append(title).Append("</h1>\n<div class=\"figure\">\n").Append(svg).Append("</div>\n")
          .Append("<table class=\"items\">\n<thead><tr><th>lane</th><th>when</th><th>event</th><th>contested</th><th>note</th></tr></thead>\n<tbody>\n");
        foreach (var item in list
                     .OrderBy(i => i.Lane, StringComparer.Ordinal)
                     .ThenBy(i => i.When, UncertainDate.ByEarliest)
                     .ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            sb.Append(item.Contested ? "<tr class=\"contested\">" : "<tr>")
              .Append("<td>").Append(H(item.Lane)).Append("</td>")
              .Append("<td>").Append(H(DisplayText.Format(item.When))).Append("</td>")
              .Append("<td class=\"label\">").Append(H(item.Label)).Append("</td>")
              .Append("<td>").Append(item.Contested ? "yes" : string.Empty).Append("</td>")
              .Append("<td>").Append(H(item.Note ?? string.Empty)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string H(string text) => WebUtility.HtmlEncode(TimelineSvg.Clean(text));
}
