using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Formats;

/// <summary>
/// Writes an <see cref="Article"/> as the documented JSON object of the <c>parse</c> verb (schema version
/// <see cref="SchemaVersion"/>): camelCase, ISO dates, uncertain dates as <c>{earliest, latest, precision, edtf}</c>.
/// Other verbs reuse <see cref="WriteArticleProperties"/> to add their own members to the same object.
/// </summary>
public static class ArticleJson
{
    /// <summary>The schema version written in <c>schemaVersion</c>.</summary>
    public const string SchemaVersion = ConflictModel.Serialization.ConflictModelJson.SchemaVersion;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Serialises an article to one line of JSON.</summary>
    /// <param name="article">The article.</param>
    /// <param name="document">The document name to write (defaults to <see cref="Article.DocumentId"/>).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, string? document = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions))
        {
            w.WriteStartObject();
            WriteArticleProperties(w, article, document);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes the article's members into the current JSON object.</summary>
    /// <param name="w">The writer, positioned inside an object.</param>
    /// <param name="article">The article.</param>
    /// <param name="document">The document name (defaults to <see cref="Article.DocumentId"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteArticleProperties(Utf8JsonWriter w, Article article, string? document = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(article);
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteString("document", document ?? article.DocumentId);
        w.WriteString("format", article.Format);
        w.WriteString("title", article.Title);
        if (article.Infobox is { PartOf.Count: > 0 } ib0)
        {
            StringArray(w, "partOf", ib0.PartOf);
        }
        else
        {
            w.WriteNull("partOf");
        }

        WriteMetadata(w, article.Metadata);
        if (article.Infobox is { } ib)
        {
            WriteInfobox(w, ib);
        }
        else
        {
            w.WriteNull("infobox");
        }

        w.WriteStartArray("lead");
        foreach (var p in article.Lead)
        {
            WriteParagraph(w, p);
        }

        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in article.Sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", s.Heading);
            w.WriteNumber("level", s.Level);
            w.WriteBoolean("headingInBody", s.HeadingInBody);
            w.WriteStartArray("paragraphs");
            foreach (var p in s.Paragraphs)
            {
                WriteParagraph(w, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (var r in article.References)
        {
            w.WriteStartObject();
            w.WriteNumber("number", r.Number);
            w.WriteString("title", r.Title);
            w.WriteString("publisher", r.Publisher);
            Date(w, "date", r.Date, r.DateText);
            Date(w, "retrieved", r.Retrieved, r.RetrievedText);
            w.WriteString("url", r.Url);
            w.WriteString("rawText", r.RawText);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("unparsedReferenceEntries", article.UnparsedReferenceEntries);
        w.WriteStartArray("boilerplate");
        foreach (var b in article.Boilerplate)
        {
            w.WriteStartObject();
            w.WriteString("kind", CamelKind(b.Kind.ToString()));
            w.WriteString("text", b.Text);
            if (b.Author is not null)
            {
                w.WriteString("author", b.Author);
            }

            w.WriteNumber("start", b.Span.Start);
            w.WriteNumber("end", b.Span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteDiagnostics(w, "diagnostics", article.Diagnostics);
    }

    /// <summary>Writes a list of diagnostics as <c>[{line, column, severity, code, message}]</c>.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void WriteDiagnostics(Utf8JsonWriter w, string name, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(diagnostics);
        w.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an uncertain date with the library's converter (<c>{earliest, latest, precision, statedAs,
    /// yearInferred, edtf, text}</c>).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="date">The date.</param>
    public static void WriteUncertainDate(Utf8JsonWriter w, UncertainDate date)
    {
        ArgumentNullException.ThrowIfNull(w);
        JsonSerializer.Serialize(w, date, ConflictModelJson.Options);
    }

    /// <summary>Writes an estimate's members (<c>low, high, best, kind, approximate</c>) into the current object.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="e">The estimate.</param>
    public static void WriteEstimateMembers(Utf8JsonWriter w, Estimate e)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteNumber("low", e.Low);
        if (e.High is { } h)
        {
            w.WriteNumber("high", h);
        }
        else
        {
            w.WriteNull("high");
        }

        if (e.Best is { } b)
        {
            w.WriteNumber("best", b);
        }
        else
        {
            w.WriteNull("best");
        }

        w.WriteString("kind", Camel(e.Kind.ToString()));
        w.WriteBoolean("approximate", e.IsApproximate);
    }

    private static void WriteMetadata(Utf8JsonWriter w, ArticleMetadata m)
    {
        w.WriteStartObject("metadata");
        Date(w, "publicationDate", m.PublicationDate, m.PublicationDateText);
        w.WriteString("author", m.Author);
        w.WriteString("site", m.Site);
        Date(w, "retrievedDate", m.RetrievedDate, m.RetrievedDateText);
        w.WriteString("description", m.Description);
        StringArray(w, "tags", m.Tags);
        w.WriteStartObject("extra");
        foreach (var e in m.Extra)
        {
            if (e.IsList)
            {
                StringArray(w, e.Key, e.Values);
            }
            else
            {
                w.WriteString(e.Key, e.Values.Count > 0 ? e.Values[0] : null);
            }
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInfobox(Utf8JsonWriter w, Infobox ib)
    {
        w.WriteStartObject("infobox");
        w.WriteString("conflict", ib.Conflict);
        if (ib.Date is { } d)
        {
            w.WriteStartObject("date");
            w.WriteString("text", d.Text);
            if (d.Period is { } p)
            {
                w.WritePropertyName("start");
                WriteUncertainDate(w, p.Start);
                if (p.End is { } end)
                {
                    w.WritePropertyName("end");
                    WriteUncertainDate(w, end);
                }
                else
                {
                    w.WriteNull("end");
                }

                w.WriteBoolean("ongoing", p.IsOngoing);
                w.WriteString("edtf", Edtf.Format(p));
            }
            else
            {
                w.WriteNull("start");
                w.WriteNull("end");
                w.WriteNull("ongoing");
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("date");
        }

        w.WriteString("durationText", ib.DurationText);
        w.WriteString("place", ib.Place);
        w.WriteString("result", ib.Result);
        StringArray(w, "resultDetails", ib.ResultDetails);
        w.WriteString("territory", ib.Territory);
        w.WriteStartArray("sides");
        foreach (var s in ib.Sides)
        {
            w.WriteStartObject();
            StringArray(w, "combatants", s.Combatants);
            w.WriteStartArray("commanders");
            foreach (var c in s.Commanders)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("role", c.Role);
                w.WriteBoolean("killedInAction", c.KilledInAction);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            StringArray(w, "commandersKilledInAction", s.CommandersKilledInAction);
            StringArray(w, "units", s.Units);
            Cells(w, "strength", s.Strength);
            Cells(w, "casualties", s.Casualties);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Cells(w, "sharedCasualties", ib.SharedCasualties);
        w.WriteStartArray("fields");
        foreach (var f in ib.Fields)
        {
            w.WriteStartObject();
            w.WriteString("key", f.Key);
            w.WriteString("value", f.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Cells(Utf8JsonWriter w, string name, EquatableArray<InfoboxFigureCell> cells)
    {
        w.WriteStartArray(name);
        foreach (var c in cells)
        {
            if (c.Figures.Count == 0)
            {
                w.WriteStartObject();
                w.WriteString("text", c.Text);
                w.WriteNull("low");
                w.WriteNull("high");
                w.WriteNull("best");
                w.WriteNull("category");
                w.WriteString("period", c.PeriodText);
                w.WriteEndObject();
                continue;
            }

            foreach (var f in c.Figures)
            {
                w.WriteStartObject();
                w.WriteString("text", c.Text);
                WriteEstimateMembers(w, f.Estimate);
                w.WriteString("category", Camel(f.Category.ToString()));
                w.WriteString("party", Camel(f.Party.ToString()));
                w.WriteString("who", f.Who);
                w.WriteString("period", c.PeriodText ?? f.ScopeText);
                if (f.Scope is { } scope)
                {
                    w.WritePropertyName("scope");
                    WriteUncertainDate(w, scope);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteParagraph(Utf8JsonWriter w, Paragraph p)
    {
        w.WriteStartObject();
        w.WriteNumber("index", p.Index);
        w.WriteString("kind", Camel(p.Kind.ToString()));
        w.WriteString("text", p.Text);
        var span = p.OriginalSpan;
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteStartArray("citations");
        foreach (var c in p.Citations)
        {
            w.WriteStartObject();
            w.WriteString("marker", c.Marker);
            if (c.ReferenceNumber is { } n)
            {
                w.WriteNumber("reference", n);
            }
            else
            {
                w.WriteNull("reference");
            }

            w.WriteNumber("offset", c.TextOffset);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (p.Diagnostics.Count > 0)
        {
            WriteDiagnostics(w, "diagnostics", p.Diagnostics);
        }

        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, UncertainDate? date, string? text)
    {
        if (date is { } d)
        {
            w.WritePropertyName(name);
            WriteUncertainDate(w, d);
        }
        else if (text is not null)
        {
            w.WriteStartObject(name);
            w.WriteNull("earliest");
            w.WriteNull("latest");
            w.WriteNull("precision");
            w.WriteNull("edtf");
            w.WriteString("text", text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void StringArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string CamelKind(string s) => Camel(s);
}
