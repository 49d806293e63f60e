using ConflictModel.Formats;

namespace ConflictModel.Samples.CustomFormat;

/// <summary>
/// A reader for a made-up "field report" format, to show how an extra format plugs into the pipeline:
/// <code>
/// FIELD REPORT
/// Title: Clashes near the airbase
/// Author: ...
/// Filed: 2016-01-17
/// ---
/// First paragraph...
///
/// ## A heading
/// Second paragraph...
/// </code>
/// It follows the reader contract: immutable, never throws on any input (bad lines become diagnostics), one linear
/// pass, and every paragraph keeps a map back to its offsets in the original text.
/// </summary>
public sealed class FieldReportReader : IArticleReader
{
    /// <summary>The format id.</summary>
    public const string FormatId = "field-report";

    /// <inheritdoc/>
    public string Id => FormatId;

    /// <inheritdoc/>
    public double Sniff(string text) =>
        text.AsSpan().TrimStart('\uFEFF').StartsWith("FIELD REPORT", StringComparison.Ordinal) ? 0.95 : 0.0;

    /// <inheritdoc/>
    public Article Read(string text, string documentId, ReadOptions options)
    {
        string? title = null;
        string? author = null;
        UncertainDate? filed = null;
        string? filedText = null;
        var diagnostics = new List<Diagnostic>();
        var lead = new List<Paragraph>();
        var sections = new List<(string Heading, int Level, List<Paragraph> Paragraphs)>();
        bool inBody = false;
        int lineNumber = 0;
        int position = 0;
        int paragraphIndex = 0;
        while (position <= text.Length)
        {
            int end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            string line = text[position..end].TrimEnd('\r');
            lineNumber++;
            int start = position;
            position = end + 1;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            if (!inBody)
            {
                if (line == "---")
                {
                    inBody = true;
                }
                else if (Header(line, "Title:") is { } t)
                {
                    title = t;
                }
                else if (Header(line, "Author:") is { } a)
                {
                    author = a;
                }
                else if (Header(line, "Filed:") is { } f)
                {
                    filedText = f;
                    if (NodaTime.Text.LocalDatePattern.Iso.Parse(f) is { Success: true } day)
                    {
                        filed = UncertainDate.OnDay(day.Value, f);
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(lineNumber, 8, DiagnosticSeverity.Warning, $"'Filed:' is not a yyyy-MM-dd date: '{f}'"));
                    }
                }
                else
                {
                    diagnostics.Add(new Diagnostic(lineNumber, 1, DiagnosticSeverity.Info, $"unknown header line kept out of the body: '{line}'"));
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add((line[3..].Trim(), 2, []));
                continue;
            }

            var paragraph = new Paragraph(line, paragraphIndex++, ParagraphKind.Prose, EquatableArray<Citation>.Empty,
                new OffsetMap(new[] { new OffsetSegment(0, start, line.Length) }.ToEquatableArray()));
            (sections.Count == 0 ? lead : sections[^1].Paragraphs).Add(paragraph);
        }

        if (!inBody)
        {
            diagnostics.Add(new Diagnostic(lineNumber, 1, DiagnosticSeverity.Warning, "no '---' line: the report has no body"));
        }

        return new Article(
            title,
            FormatId,
            documentId,
            new ArticleMetadata(PublicationDate: filed, PublicationDateText: filedText, Author: author, Site: "field reports"),
            null,
            lead.ToEquatableArray(),
            sections.Select(s => new Section(s.Heading, s.Level, s.Paragraphs.ToEquatableArray())).ToEquatableArray(),
            EquatableArray<Reference>.Empty,
            EquatableArray<BoilerplateBlock>.Empty,
            diagnostics.ToEquatableArray(),
            text);
    }

    private static string? Header(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal) ? line[key.Length..].Trim() : null;
}
