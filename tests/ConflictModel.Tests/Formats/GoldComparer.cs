using System.Globalization;
using System.Text.Json;
using ConflictModel.Formats;

namespace ConflictModel.Tests.Formats;

/// <summary>One compared value: which field, expected, actual, and whether the field needs the shared recognisers.</summary>
public sealed record GoldCheck(string Seed, string Field, string Expected, string Actual, bool Typed)
{
    public bool Ok => Expected == Actual;
}

/// <summary>Compares an article with a gold file field by field (structure and typed values kept apart).</summary>
public static class GoldComparer
{
    public static string FirstWords(string text, int n = 8) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Take(n));

    private static string S(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Array => "[" + string.Join(" | ", e.EnumerateArray().Select(S)) + "]",
        _ => e.GetRawText(),
    };

    private static string L(IEnumerable<string>? items) => items is null ? "null" : "[" + string.Join(" | ", items) + "]";

    private static string ListOrNull(IReadOnlyCollection<string> items) => items.Count == 0 ? "null" : L(items);

    private static JsonElement P(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    private static string Iso(NodaTime.LocalDate? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";

    private static string N(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";

    public static string Category(CasualtyFigure f)
    {
        var cat = f.Category switch
        {
            CasualtyCategory.Killed => "killed",
            CasualtyCategory.Strength => "strength",
            _ => f.Category.ToString().ToLowerInvariant(),
        };
        return f.Party switch
        {
            CasualtyParty.Civilians => "civilians " + cat,
            CasualtyParty.Unidentified => "unidentified " + cat,
            CasualtyParty.Total => "total " + cat,
            _ => cat,
        };
    }

    public static List<GoldCheck> Compare(string seed, Article a, JsonElement g)
    {
        var checks = new List<GoldCheck>();
        void Add(string field, string expected, string actual, bool typed = false) => checks.Add(new GoldCheck(seed, field, expected, actual, typed));

        var ib = a.Infobox;
        Add("format", S(P(g, "format")), a.Format);
        Add("title", S(P(g, "title")), a.Title ?? "null");
        Add("partOf", S(P(g, "partOf")), ib is null || ib.PartOf.Count == 0 ? "null" : L(ib.PartOf));
        var gd = P(g, "date");
        Add("date.text", S(P(gd, "text")), ib?.Date?.Text ?? "null");
        if (gd.ValueKind == JsonValueKind.Object)
        {
            var p = ib?.Date?.Period;
            Add("date.start", S(P(gd, "start")), Iso(p?.Start.Earliest), true);
            Add("date.end", S(P(gd, "end")), p is null ? "?" : Iso(p.Value.End?.Latest), true);
            Add("date.ongoing", S(P(gd, "ongoing")), p is null ? "?" : (p.Value.IsOngoing ? "true" : "false"), true);
        }

        Add("place", S(P(g, "place")), ib?.Place ?? "null");
        Add("result", S(P(g, "result")), ib?.Result ?? "null");
        Add("resultDetails", S(P(g, "resultDetails")), ib is null ? "null" : ListOrNull(ib.ResultDetails));
        Add("durationText", S(P(g, "durationText")), ib?.DurationText ?? "null");

        var gs = P(g, "sides");
        Add("sides.count", gs.ValueKind == JsonValueKind.Array ? gs.GetArrayLength().ToString(CultureInfo.InvariantCulture) : "null",
            ib is null || ib.Sides.Count == 0 ? "null" : ib.Sides.Count.ToString(CultureInfo.InvariantCulture));
        if (gs.ValueKind == JsonValueKind.Array)
        {
            int k = 0;
            foreach (var side in gs.EnumerateArray())
            {
                var mine = ib is not null && k < ib.Sides.Count ? ib.Sides[k] : null;
                string pre = $"sides[{k}].";
                Add(pre + "combatants", S(P(side, "combatants")), mine is null ? "?" : L(mine.Combatants));
                Add(pre + "commanders", S(P(side, "commanders")), mine is null ? "?" : L(mine.Commanders.Select(c => c.Display)));
                Add(pre + "commandersKilledInAction", S(P(side, "commandersKilledInAction")), mine is null ? "?" : L(mine.CommandersKilledInAction));
                Add(pre + "units", S(P(side, "units")), mine is null ? "?" : ListOrNull(mine.Units));
                var st = P(side, "strength");
                Add(pre + "strength.text", st.ValueKind == JsonValueKind.Array ? L(st.EnumerateArray().Select(x => S(P(x, "text")))) : "null",
                    mine is null ? "?" : ListOrNull(mine.Strength.Select(c => c.Text).ToList()));
                if (st.ValueKind == JsonValueKind.Array)
                {
                    Add(pre + "strength.lowHigh", L(st.EnumerateArray().Select(x => S(P(x, "low")) + ".." + S(P(x, "high")))),
                        mine is null ? "?" : L(mine.Strength.Select(c => c.Figures.Count > 0 ? N(c.Figures[0].Estimate.Low) + ".." + N(c.Figures[0].Estimate.High) : "?")), true);
                }

                var cas = P(side, "casualties");
                Add(pre + "casualties.text", L(cas.EnumerateArray().Select(x => S(P(x, "text")))), mine is null ? "?" : L(mine.Casualties.Select(c => c.Text)));
                Add(pre + "casualties.period", L(cas.EnumerateArray().Select(x => S(P(x, "period")))), mine is null ? "?" : L(mine.Casualties.Select(c => c.PeriodText ?? "null")));
                Add(pre + "casualties.lowHigh", L(cas.EnumerateArray().Select(x => S(P(x, "low")) + ".." + S(P(x, "high")))),
                    mine is null ? "?" : L(mine.Casualties.SelectMany(Figures).Select(f => f is null ? "?" : N(f.Estimate.Low) + ".." + N(f.Estimate.High))), true);
                Add(pre + "casualties.category", L(cas.EnumerateArray().Select(x => S(P(x, "category")))),
                    mine is null ? "?" : L(mine.Casualties.SelectMany(Figures).Select(f => f is null ? "?" : Category(f))), true);
                k++;
            }
        }

        var sh = P(g, "sharedCasualties");
        if (sh.ValueKind == JsonValueKind.Array)
        {
            var texts = new List<string>();
            foreach (var x in sh.EnumerateArray())
            {
                var t = S(P(x, "text"));
                if (texts.Count == 0 || texts[^1] != t)
                {
                    texts.Add(t);
                }
            }

            Add("sharedCasualties.text", L(texts), ib is null ? "?" : L(ib.SharedCasualties.Select(c => c.Text)));
            Add("sharedCasualties.period", L(sh.EnumerateArray().Select(x => S(P(x, "text")) + "@" + S(P(x, "period"))).Distinct()),
                ib is null ? "?" : L(ib.SharedCasualties.Select(c => c.Text + "@" + (c.PeriodText ?? "null"))));
            Add("sharedCasualties.lowHigh", L(sh.EnumerateArray().Select(x => S(P(x, "low")) + ".." + S(P(x, "high")))),
                ib is null ? "?" : L(ib.SharedCasualties.SelectMany(Figures).Select(f => f is null ? "?" : N(f.Estimate.Low) + ".." + N(f.Estimate.High))), true);
            Add("sharedCasualties.category", L(sh.EnumerateArray().Select(x => S(P(x, "category")))),
                ib is null ? "?" : L(ib.SharedCasualties.SelectMany(Figures).Select(f => f is null ? "?" : Category(f))), true);
        }
        else
        {
            Add("sharedCasualties", "null", ib is null || ib.SharedCasualties.Count == 0 ? "null" : "present");
        }

        var sections = P(g, "sections").EnumerateArray().ToList();
        Add("sections.count", sections.Count.ToString(CultureInfo.InvariantCulture), a.Sections.Count.ToString(CultureInfo.InvariantCulture));
        for (int i = 0; i < sections.Count; i++)
        {
            var mine = i < a.Sections.Count ? a.Sections[i] : null;
            Add($"sections[{i}].heading", S(P(sections[i], "heading")), mine?.Heading ?? "?");
            Add($"sections[{i}].level", S(P(sections[i], "level")), mine?.Level.ToString(CultureInfo.InvariantCulture) ?? "?");
            Add($"sections[{i}].firstWords", S(P(sections[i], "firstWords")),
                mine is null ? "?" : mine.Paragraphs.Count > 0 && mine.Paragraphs[0].Kind == ParagraphKind.Prose ? FirstWords(mine.Paragraphs[0].Text) : "null");
            if (P(sections[i], "headingInBody").ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                Add($"sections[{i}].headingInBody", S(P(sections[i], "headingInBody")), mine is null ? "?" : mine.HeadingInBody ? "true" : "false");
            }
        }

        var refs = P(g, "references");
        Add("references.count", S(P(refs, "count")), a.References.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var ex in P(refs, "examples").EnumerateArray())
        {
            int n = P(ex, "n").GetInt32();
            var r = a.FindReference(n);
            Add($"references[{n}].title", S(P(ex, "title")), r?.Title ?? "null");
            Add($"references[{n}].publisher", S(P(ex, "publisher")), r?.Publisher ?? "null");
            Add($"references[{n}].date", S(P(ex, "date")), r is null ? "?" : r.Date is { } d ? Iso(d.Earliest) : r.DateText is null ? "null" : "?", true);
            Add($"references[{n}].retrieved", S(P(ex, "retrieved")), r is null ? "?" : r.Retrieved is { } rd ? Iso(rd.Earliest) : r.RetrievedText is null ? "null" : "?", true);
            Add($"references[{n}].hasDate", P(ex, "date").ValueKind == JsonValueKind.Null ? "no" : "yes", r?.DateText is null ? "no" : "yes");
            Add($"references[{n}].hasRetrieved", P(ex, "retrieved").ValueKind == JsonValueKind.Null ? "no" : "yes", r?.RetrievedText is null ? "no" : "yes");
        }

        if (P(refs, "unparsedEntries").ValueKind == JsonValueKind.Number)
        {
            Add("references.unparsedEntries", S(P(refs, "unparsedEntries")), a.UnparsedReferenceEntries.ToString(CultureInfo.InvariantCulture));
        }

        if (P(g, "author").ValueKind == JsonValueKind.String)
        {
            Add("author", S(P(g, "author")), a.Metadata.Author ?? "null");
        }

        if (P(g, "comments").ValueKind == JsonValueKind.Array)
        {
            Add("comments", L(P(g, "comments").EnumerateArray().Select(c => S(P(c, "author")) + ": " + S(P(c, "firstWords")))),
                L(a.Boilerplate.Where(b => b.Kind == BoilerplateKind.Comment).Select(b => b.Author + ": " + FirstWords(b.Text))));
        }

        var fm = P(g, "frontMatter");
        if (fm.ValueKind == JsonValueKind.Object)
        {
            foreach (var prop in fm.EnumerateObject())
            {
                var e = a.Metadata.Find(prop.Name);
                Add("frontMatter." + prop.Name, S(prop.Value), e is null ? "null" : e.IsList ? L(e.Values) : e.Values[0]);
            }
        }

        return checks;
    }

    private static IEnumerable<CasualtyFigure?> Figures(InfoboxFigureCell c) => c.Figures.Count == 0 ? [null] : c.Figures;
}
