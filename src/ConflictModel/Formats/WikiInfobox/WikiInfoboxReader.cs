namespace ConflictModel.Formats;

/// <summary>
/// Reads wiki-infobox dumps: <c>= Title =</c>, an <c>Infobox</c> line followed by <c>- Key: Value</c> lines (Conflict,
/// Partof, Date, Place, Result, Territory, Combatant1..n, Commander1..n, Units1..n, Strength1..n, Casualties1..n and any
/// other key, kept), where <c>, </c> separates multiple values and a parenthesised part belongs to the value before
/// it; then <c>==Section==</c> / <c>===Subsection===</c> blocks with paragraphs and <c>- </c> lists.
/// </summary>
public sealed class WikiInfoboxReader : IArticleReader
{
    /// <inheritdoc/>
    public string Id => FormatIds.WikiInfobox;

    /// <inheritdoc/>
    public double Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = MilitaryWikiReader.FirstLine(text);
        bool titleLine = first.Length > 2 && first.StartsWith("= ", StringComparison.Ordinal) && first.EndsWith(" =", StringComparison.Ordinal);
        bool infobox = text.AsSpan(0, Math.Min(text.Length, 2048)).Contains("\nInfobox", StringComparison.Ordinal);
        return titleLine && infobox ? 0.95 : titleLine ? 0.7 : infobox ? 0.5 : 0;
    }

    /// <inheritdoc/>
    public Article Read(string text, string documentId, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentId);
        options ??= ReadOptions.Default;
        var diags = new List<Diagnostic>();
        PlainBody.CheckBinary(text, diags);
        var lines = new TextLines(text);
        var boiler = new List<BoilerplateBlock>();
        int n = lines.Count;
        int i = PlainBody.SkipBlank(lines, 0, n);
        string? title = null;
        if (i < n)
        {
            var t = lines.Trimmed(lines[i]);
            if (t.Length > 2 && t[0] == '=' && t[^1] == '=' && !t.StartsWith("==", StringComparison.Ordinal))
            {
                title = Blank.Normalize(t.Trim('=').Trim());
                title = title.Length == 0 ? null : title;
                i++;
            }
        }

        Infobox? infobox = null;
        int j = PlainBody.SkipBlank(lines, i, n);
        if (j < n && lines.Trimmed(lines[j]).Equals("Infobox", StringComparison.OrdinalIgnoreCase))
        {
            var fields = new List<InfoboxField>();
            var ranges = new List<(string Key, int Start, int End, int Line)>();
            j++;
            while (j < n)
            {
                var (s, e) = lines.TrimmedRange(lines[j]);
                var t = text[s..e];
                if (t.Length == 0)
                {
                    break;
                }

                if (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal) || t.StartsWith("| ", StringComparison.Ordinal))
                {
                    int colon = t.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 2)
                    {
                        var key = t[2..colon].Trim();
                        int vs = s + colon + 1;
                        while (vs < e && Blank.Is(text[vs]))
                        {
                            vs++;
                        }

                        fields.Add(new InfoboxField(key, text[vs..e], lines[j].Number));
                        ranges.Add((key, vs, e, lines[j].Number));
                        j++;
                        continue;
                    }
                }

                if (fields.Count > 0 && !t.StartsWith('='))
                {
                    // continuation of the previous value
                    var last = fields[^1];
                    fields[^1] = last with { Value = last.Value + "\n" + t };
                    var r = ranges[^1];
                    ranges[^1] = (r.Key, r.Start, e, r.Line);
                    j++;
                    continue;
                }

                diags.Add(new Diagnostic(lines[j].Number, 1, DiagnosticSeverity.Warning, "line in the infobox is not '- Key: Value'; infobox ended", "CM0501"));
                break;
            }

            infobox = BuildInfobox(text, fields, ranges, options, diags);
            i = j;
        }
        else
        {
            diags.Add(new Diagnostic(j < n ? lines[j].Number : 1, 1, DiagnosticSeverity.Info, "no 'Infobox' block", "CM0502"));
        }

        var asm = new ArticleAssembler(text, stripEmphasis: true);
        var para = new List<(int, int)>();
        void Flush()
        {
            if (para.Count > 0)
            {
                asm.AddParagraph(para);
                para.Clear();
            }
        }

        var refs = new List<Reference>();
        for (; i < n; i++)
        {
            var (s, e) = lines.TrimmedRange(lines[i]);
            var t = text.AsSpan(s, e - s); // copied only for headings and references
            if (t.Length == 0)
            {
                Flush();
                continue;
            }

            if (t.Length > 4 && t.StartsWith("==", StringComparison.Ordinal) && t.EndsWith("==", StringComparison.Ordinal))
            {
                Flush();
                int level = 0;
                while (level < t.Length && t[level] == '=')
                {
                    level++;
                }

                asm.AddHeading(Blank.Normalize(t.Trim('=').Trim().ToString()), level, true, TextSpan.FromBounds(s, e));
                continue;
            }

            if ((t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal)) && t.Length > 2)
            {
                Flush();
                int ls = s + 2;
                while (ls < e && Blank.Is(text[ls]))
                {
                    ls++;
                }

                asm.AddParagraph(ls, e, ParagraphKind.ListItem);
                continue;
            }

            if (ReferenceParser.TryNumber(t, out int num, out int rest) && asm.CurrentHeading is { } h && h.Contains("Reference", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                refs.Add(ReferenceParser.Parse(num, t[rest..].ToString(), TextSpan.FromBounds(s, e), options));
                continue;
            }

            para.Add((s, e));
        }

        Flush();
        return PlainBody.Make(title ?? infobox?.Conflict, Id, documentId, ArticleMetadata.Empty, infobox, asm, refs, boiler, diags, text);
    }

    private static Infobox BuildInfobox(string text, List<InfoboxField> fields, List<(string Key, int Start, int End, int Line)> ranges, ReadOptions options, List<Diagnostic> diags)
    {
        string? Get(string key) => fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;

        var sides = new SortedDictionary<int, (List<string> C, List<Commander> Cm, List<string> U, List<InfoboxFigureCell> S, List<InfoboxFigureCell> K)>();
        (List<string> C, List<Commander> Cm, List<string> U, List<InfoboxFigureCell> S, List<InfoboxFigureCell> K) Side(int k)
        {
            if (!sides.TryGetValue(k, out var v))
            {
                v = ([], [], [], [], []);
                sides[k] = v;
            }

            return v;
        }

        var shared = new List<InfoboxFigureCell>();
        foreach (var (key, start, end, line) in ranges)
        {
            var (stem, number) = SplitKey(key);
            if (number is null)
            {
                if (stem.Equals("casualties", StringComparison.OrdinalIgnoreCase) || stem.Equals("casualties3", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        shared.Add(InfoboxCells.MakeCell(text, s, e, false, options));
                    }
                }

                continue;
            }

            int k = number.Value;
            switch (stem.ToLowerInvariant())
            {
                case "combatant":
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        var name = InfoboxCells.CleanName(text[s..e], out _);
                        if (name.Length > 0)
                        {
                            Side(k).C.Add(name);
                        }
                    }

                    break;
                case "commander":
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        var v = Blank.Normalize(CleanTextBuilder.Clean(text[s..e]));
                        if (v.Length > 0)
                        {
                            Side(k).Cm.Add(InfoboxCells.ParseCommander(v));
                        }
                    }

                    break;
                case "units":
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        var u = InfoboxCells.CleanUnit(text[s..e]);
                        if (u.Length > 0)
                        {
                            Side(k).U.Add(u);
                        }
                    }

                    break;
                case "strength":
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        Side(k).S.Add(InfoboxCells.MakeCell(text, s, e, true, options));
                    }

                    break;
                case "casualties":
                    foreach (var (s, e) in SplitValues(text, start, end))
                    {
                        var cell = InfoboxCells.MakeCell(text, s, e, false, options);
                        if (sides.Count > 0 && k > sides.Keys.Max() && Lexicon.IsSharedCasualtyLine(cell.Text))
                        {
                            shared.Add(cell);
                        }
                        else
                        {
                            Side(k).K.Add(cell);
                        }
                    }

                    break;
            }
        }

        InfoboxDate? date = null;
        if (Get("date") is { } d)
        {
            var dt = InfoboxCells.CleanDateText(d);
            int line = fields.First(f => string.Equals(f.Key, "date", StringComparison.OrdinalIgnoreCase)).Line;
            date = new InfoboxDate(dt, options.RecognizeCells ? Recognition.Period(dt, options, diags, line) : null);
        }

        string? Clean(string? v) => v is null ? null : Blank.Normalize(CleanTextBuilder.Clean(v));
        var partOf = Get("partof") ?? Get("part of") ?? Get("part_of");
        return new Infobox(
            Clean(Get("conflict")),
            partOf is null ? EquatableArray<string>.Empty : InfoboxCells.SplitPartOf(partOf),
            date,
            Clean(Get("duration")),
            Clean(Get("place") ?? Get("location")),
            Clean(Get("result")),
            EquatableArray<string>.Empty,
            Clean(Get("territory")),
            sides.Select((kv, c) => new InfoboxSide(c, kv.Value.C.ToEquatableArray(), kv.Value.Cm.ToEquatableArray(), kv.Value.U.ToEquatableArray(), kv.Value.S.ToEquatableArray(), kv.Value.K.ToEquatableArray())).ToEquatableArray(),
            shared.ToEquatableArray(),
            fields.ToEquatableArray());
    }

    private static (string Stem, int? Number) SplitKey(string key)
    {
        int d = key.Length;
        while (d > 0 && char.IsAsciiDigit(key[d - 1]))
        {
            d--;
        }

        if (d == key.Length || d == 0 || key.Length - d > 3)
        {
            return (key, null);
        }

        return (key[..d], int.Parse(key.AsSpan(d), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Splits a value on ", " at parenthesis depth 0; a part that starts with "(" joins the part before it.</summary>
    private static List<(int Start, int End)> SplitValues(string text, int start, int end)
    {
        var parts = new List<(int Start, int End)>();
        int depth = 0;
        int ps = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if ((c == ',' && depth == 0 && i + 1 < end && text[i + 1] == ' ') || c == '\n')
            {
                parts.Add((ps, i));
                ps = i + 1;
            }
        }

        parts.Add((ps, end));
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in parts)
        {
            int a = s;
            while (a < e && Blank.Is(text[a]))
            {
                a++;
            }

            if (a >= e)
            {
                continue;
            }

            if (text[a] == '(' && merged.Count > 0)
            {
                merged[^1] = (merged[^1].Start, e);
            }
            else
            {
                merged.Add((a, e));
            }
        }

        return merged;
    }
}
