using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictModel.Formats;

namespace ConflictModel.Extraction;

/// <summary>
/// Writes the members an <see cref="ExtractedDocument"/> adds to the <c>parse</c> verb's JSON object (schema
/// <see cref="ArticleJson.SchemaVersion"/>): <c>summary</c>, <c>events</c>, <c>claims</c>, <c>contested</c>,
/// <c>checks</c> and <c>extractionDiagnostics</c>. camelCase, uncertain dates as the library's date objects, spans
/// as <c>[start, end]</c> in the original input; evidence carries the paragraph's reading-order index (<c>null</c> for
/// the infobox).
/// </summary>
/// <remarks>
/// Wiring in a verb: inside the object being written, call <see cref="WriteProperties"/> after
/// <see cref="ArticleJson.WriteArticleProperties"/>; or use <see cref="Serialize"/> for a whole object.
/// Stateless and thread-safe.
/// </remarks>
public static class ExtractedDocumentJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Serialises the article and its extraction as one JSON object (one line).</summary>
    /// <param name="document">The extracted document.</param>
    /// <param name="includeArticle">Whether to write the article's members too (as the <c>parse</c> verb does).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Serialize(ExtractedDocument document, bool includeArticle = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions))
        {
            w.WriteStartObject();
            if (includeArticle)
            {
                ArticleJson.WriteArticleProperties(w, document.Article);
            }
            else
            {
                w.WriteString("schemaVersion", ArticleJson.SchemaVersion);
                w.WriteString("document", document.DocumentId);
            }

            WriteProperties(w, document);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes <c>summary</c>, <c>events</c>, <c>claims</c>, <c>contested</c>, <c>checks</c> and
    /// <c>extractionDiagnostics</c> into the current JSON object.</summary>
    /// <param name="w">The writer, positioned inside an object.</param>
    /// <param name="document">The extracted document.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteProperties(Utf8JsonWriter w, ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(document);
        WriteSummary(w, document.Summary);
        var paragraphs = document.Article.Paragraphs.ToArray();
        w.WriteStartArray("events");
        foreach (var e in document.Events)
        {
            WriteEvent(w, e, paragraphs);
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in document.Claims)
        {
            WriteClaim(w, c, paragraphs);
        }

        w.WriteEndArray();
        w.WriteStartArray("contested");
        foreach (var g in document.Contested)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id);
            w.WriteString("reason", Camel(g.Reason.ToString()));
            w.WriteString("about", g.About);
            WriteSubject(w, g.Subject);
            Strings(w, "claims", g.ClaimIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("checks");
        foreach (var k in document.Checks)
        {
            w.WriteStartObject();
            w.WriteString("id", k.Id);
            w.WriteString("kind", Camel(k.Kind.ToString()));
            w.WriteString("relation", k.Relation);
            w.WriteBoolean("holds", k.Holds);
            w.WriteStartArray("terms");
            foreach (var t in k.Terms)
            {
                w.WriteStartObject();
                w.WriteString("value", t.Value);
                if (t.Number is { } n)
                {
                    w.WriteNumber("number", n);
                }
                else
                {
                    w.WriteNull("number");
                }

                w.WriteString("from", t.From);
                w.WriteString("claim", t.ClaimId);
                if (t.Span is { } s)
                {
                    Span(w, "span", s);
                }
                else
                {
                    w.WriteNull("span");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("note", k.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ArticleJson.WriteDiagnostics(w, "extractionDiagnostics", document.Diagnostics);
    }

    private static void WriteSummary(Utf8JsonWriter w, EventSummary? summary)
    {
        if (summary is null)
        {
            w.WriteNull("summary");
            return;
        }

        w.WriteStartObject("summary");
        w.WriteString("event", summary.Event.Id);
        w.WriteString("result", summary.Result);
        Strings(w, "resultDetails", summary.ResultDetails);
        Strings(w, "partOf", summary.PartOf);
        w.WriteStartArray("sides");
        foreach (var side in summary.Sides)
        {
            w.WriteStartObject();
            w.WriteNumber("column", side.Column);
            w.WriteStartArray("combatants");
            foreach (var a in side.Combatants)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("key", a.Key);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "commanders", side.Commanders);
            Strings(w, "commandersKilledInAction", side.CommandersKilledInAction);
            Strings(w, "units", side.Units);
            Strings(w, "strength", side.StrengthClaimIds);
            Strings(w, "casualties", side.CasualtyClaimIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "sharedCasualties", summary.SharedCasualtyClaimIds);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, ConflictEvent e, Paragraph[] paragraphs)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("kind", Camel(e.Kind.ToString()));
        w.WriteString("title", e.Title);
        Date(w, "date", e.Date);
        if (e.Period is { } p)
        {
            w.WriteStartObject("period");
            w.WritePropertyName("start");
            ArticleJson.WriteUncertainDate(w, p.Start);
            Date(w, "end", p.End);
            w.WriteBoolean("ongoing", p.IsOngoing);
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("period");
        }

        w.WriteStartArray("places");
        for (var i = 0; i < e.Places.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Places[i]);
            w.WriteString("key", i < e.PlaceKeys.Count ? e.PlaceKeys[i] : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in e.Actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("key", a.Key);
            w.WriteString("role", Camel(a.Role.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("parent", e.ParentId);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        WriteEvidence(w, e.Evidence, paragraphs);
        Strings(w, "claims", e.ClaimIds);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c, Paragraph[] paragraphs)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        WriteSubject(w, c.Subject);
        w.WriteStartObject("value");
        if (c.Quantity is { } q)
        {
            ArticleJson.WriteEstimateMembers(w, q);
        }

        if (c.Date is { } d)
        {
            w.WritePropertyName("date");
            ArticleJson.WriteUncertainDate(w, d);
        }

        if (c.ControlledBy is { } by)
        {
            w.WriteString("controlledBy", by);
        }

        w.WriteEndObject();
        w.WriteStartObject("claimant");
        w.WriteString("name", c.Claimant.Name);
        w.WriteString("key", c.Claimant.Key);
        w.WriteString("kind", Camel(c.Claimant.Kind.ToString()));
        Strings(w, "relayedBy", c.Claimant.RelayedBy);
        w.WriteEndObject();
        w.WriteString("stance", Camel(c.Stance.ToString()));
        Date(w, "scope", c.Scope);
        w.WriteString("supersedes", c.Supersedes);
        w.WriteString("text", c.Text);
        WriteEvidence(w, c.Evidence, paragraphs);
        w.WriteEndObject();
    }

    private static void WriteSubject(Utf8JsonWriter w, ClaimSubject s)
    {
        w.WriteStartObject("subject");
        w.WriteString("event", s.EventId);
        w.WriteString("aspect", Camel(s.Aspect.ToString()));
        w.WriteString("category", s.Category is { } c ? Camel(c.ToString()) : null);
        w.WriteString("who", s.Who);
        w.WriteString("whoKey", s.WhoKey);
        w.WriteString("place", s.Place);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e, Paragraph[] paragraphs)
    {
        w.WriteStartObject("evidence");
        w.WriteString("document", e.Document);
        Span(w, "span", e.Span);
        w.WriteString("sentence", e.Sentence);
        w.WriteString("section", e.Section);
        var paragraph = Array.Find(paragraphs, p => p.OriginalSpan.Contains(e.Span));
        if (paragraph is not null)
        {
            w.WriteNumber("paragraph", paragraph.Index);
        }
        else
        {
            w.WriteNull("paragraph");
        }

        w.WriteStartArray("citations");
        foreach (var n in e.Citations)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, UncertainDate? date)
    {
        if (date is { } d)
        {
            w.WritePropertyName(name);
            ArticleJson.WriteUncertainDate(w, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Span(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
