namespace ConflictModel.Formats;

/// <summary>
/// Reads an infobox flattened into lines (Military Wiki and World Library dumps): optional labels, sometimes glued to
/// their values (<c>Date10 April – 14 July 2014</c>) or missing; combatant/commander/unit columns separated by blank
/// lines or icons; strength and casualty lines holding one cell per side. One linear pass over the lines.
/// </summary>
internal static class FlatInfoboxParser
{
    private enum Kind
    {
        None,
        PartOf,
        Date,
        Place,
        Result,
        Territory,
        Combatants,
        Commanders,
        Units,
        Strength,
        Casualties,
    }

    private static readonly (string Label, Kind Kind)[] Labels =
    [
        ("Commanders and leaders", Kind.Commanders),
        ("Casualties and losses", Kind.Casualties),
        ("Territorial changes", Kind.Territory),
        ("Units involved", Kind.Units),
        ("Belligerents", Kind.Combatants),
        ("Combatants", Kind.Combatants),
        ("Commanders", Kind.Commanders),
        ("Casualties", Kind.Casualties),
        ("Strength", Kind.Strength),
        ("Location", Kind.Place),
        ("Part of", Kind.PartOf),
        ("Partof", Kind.PartOf),
        ("Territory", Kind.Territory),
        ("Result", Kind.Result),
        ("Status", Kind.Result),
        ("Place", Kind.Place),
        ("Date", Kind.Date),
        ("Units", Kind.Units),
    ];

    private sealed record Item(string Raw, int LineIndex, int Block, bool BlockStart, int Start, int End);

    public sealed record Result(Infobox? Infobox, int BodyStart);

    /// <summary>Parses from line <paramref name="first"/>; returns the infobox (or null) and the first body line.</summary>
    public static Result Parse(TextLines lines, int first, int limit, ReadOptions options, List<Diagnostic> diagnostics)
    {
        var text = lines.Text;
        var fields = new List<InfoboxField>();
        var partOf = EquatableArray<string>.Empty;
        string? dateText = null, duration = null, place = null, result = null, territory = null;
        int dateLine = 0;
        var details = new List<string>();
        var lists = new Dictionary<Kind, List<Item>>();
        var figureLines = new Dictionary<Kind, List<(int Start, int End, int LineIndex)>>();
        bool any = false;
        Kind section = Kind.None;
        int block = 0;
        bool pendingBlank = false;
        int i = first;
        int bodyStart = first;
        for (; i < limit; i++)
        {
            var line = lines[i];
            if (lines.IsBlank(i))
            {
                pendingBlank = true;
                if (section is Kind.Strength or Kind.Casualties)
                {
                    // a figure block ends at a blank line unless another label follows
                    int next = NextNonBlank(lines, i, limit);
                    if (next < 0 || MatchLabel(lines.Trimmed(lines[next]), out _, out _) == Kind.None)
                    {
                        i = next < 0 ? limit : next;
                        break;
                    }

                    i = next - 1; // skip the rest of the blank run (keeps the scan linear)
                }

                continue;
            }

            var trimmed = lines.Trimmed(line);
            var kind = MatchLabel(trimmed, out var value, out _);
            if (kind == Kind.None && IsProse(trimmed) && !(IsBullet(trimmed, out _) && section is Kind.None or Kind.Result))
            {
                break;
            }

            if (kind != Kind.None)
            {
                any = true;
                pendingBlank = false;
                if (value.Length > 0 || kind is not (Kind.Combatants or Kind.Commanders or Kind.Units or Kind.Strength or Kind.Casualties))
                {
                    fields.Add(new InfoboxField(LabelOf(trimmed, value), value, line.Number));
                }

                switch (kind)
                {
                    case Kind.PartOf:
                        partOf = InfoboxCells.SplitPartOf(value);
                        section = Kind.None;
                        break;
                    case Kind.Date:
                        dateText = InfoboxCells.CleanDateText(value);
                        dateLine = line.Number;
                        int dn = NextNonBlank(lines, i, limit);
                        if (dn > 0)
                        {
                            var d = lines.Trimmed(lines[dn]);
                            if (d.StartsWith('(') && d.EndsWith(')'))
                            {
                                var inner = Blank.Normalize(d[1..^1]);
                                if (inner.Length > 0)
                                {
                                    duration = inner;
                                    fields.Add(new InfoboxField("Duration", inner, lines[dn].Number));
                                }

                                i = dn;
                            }
                        }

                        section = Kind.None;
                        break;
                    case Kind.Place:
                        place = Blank.Normalize(CleanTextBuilder.Clean(value));
                        section = Kind.None;
                        break;
                    case Kind.Territory:
                        territory = Blank.Normalize(CleanTextBuilder.Clean(value));
                        section = Kind.None;
                        break;
                    case Kind.Result:
                        if (value.Length > 0)
                        {
                            result = Blank.Normalize(CleanTextBuilder.Clean(value));
                        }

                        section = Kind.Result;
                        break;
                    default:
                        section = kind;
                        block = 0;
                        lists.TryAdd(kind, []);
                        figureLines.TryAdd(kind, []);
                        if (value.Length > 0)
                        {
                            AddToSection(kind, text, line, lines, i, value, lists, figureLines, block, true);
                        }

                        break;
                }

                continue;
            }

            if (IsBullet(trimmed, out var bulletText) && section is Kind.None or Kind.Result)
            {
                details.Add(Blank.Normalize(CleanTextBuilder.Clean(bulletText)));
                any = true;
                pendingBlank = false;
                continue;
            }

            if (section is Kind.None or Kind.Result && dateText is null && Lexicon.LooksLikeDateRange(trimmed))
            {
                // a date line whose label is missing
                dateText = InfoboxCells.CleanDateText(trimmed);
                dateLine = line.Number;
                fields.Add(new InfoboxField("Date", dateText, line.Number));
                diagnostics.Add(new Diagnostic(line.Number, 1, DiagnosticSeverity.Info, "infobox date line without its label", "CM0405"));
                any = true;
                int dn = NextNonBlank(lines, i, limit);
                if (dn > 0)
                {
                    var d = lines.Trimmed(lines[dn]);
                    if (d.StartsWith('(') && d.EndsWith(')'))
                    {
                        var inner = Blank.Normalize(d[1..^1]);
                        if (inner.Length > 0)
                        {
                            duration = inner;
                            fields.Add(new InfoboxField("Duration", inner, lines[dn].Number));
                        }

                        i = dn;
                    }
                }

                continue;
            }

            if (section is not (Kind.Casualties or Kind.Strength) && any && Lexicon.LooksLikeLossLine(trimmed))
            {
                // casualty lines whose "Casualties and losses" label is missing
                section = Kind.Casualties;
                figureLines.TryAdd(Kind.Casualties, []);
                diagnostics.Add(new Diagnostic(line.Number, 1, DiagnosticSeverity.Info, "infobox casualty lines without their label", "CM0406"));
            }

            if (section is Kind.None or Kind.Result)
            {
                if (!any)
                {
                    // no infobox label yet: this is not an infobox
                    break;
                }

                if (result is null && details.Count == 0 && (NextIsBullet(lines, i, limit) || Lexicon.LooksLikeResult(trimmed)))
                {
                    result = Blank.Normalize(CleanTextBuilder.Clean(trimmed));
                    fields.Add(new InfoboxField("Result", result, line.Number));
                    section = Kind.Result;
                    pendingBlank = false;
                    continue;
                }

                // unlabelled combatant column
                section = Kind.Combatants;
                block = 0;
                lists.TryAdd(Kind.Combatants, []);
                pendingBlank = false;
            }

            if (pendingBlank)
            {
                block++;
                pendingBlank = false;
            }

            AddToSection(section, text, line, lines, i, trimmed, lists, figureLines, block, false);
        }

        bodyStart = Math.Min(i, limit);
        if (!any)
        {
            return new Result(null, first);
        }

        var infobox = Build(text, lists, figureLines, partOf, dateText, dateLine, duration, place, result, details, territory, fields, options, diagnostics);
        return new Result(infobox, bodyStart);
    }

    private static void AddToSection(Kind section, string text, Line line, TextLines lines, int index, string value,
        Dictionary<Kind, List<Item>> lists, Dictionary<Kind, List<(int, int, int)>> figureLines, int block, bool labelled)
    {
        if (section is Kind.Strength or Kind.Casualties)
        {
            var (s, e) = lines.TrimmedRange(line);
            if (labelled)
            {
                s = e - value.Length;
            }

            figureLines.TryAdd(section, []);
            figureLines[section].Add((s, e, index));
            return;
        }

        lists.TryAdd(section, []);
        var list = lists[section];
        bool blockStart = list.Count == 0 || list[^1].Block != block;
        var raw = labelled ? value : text.Substring(line.Start, line.Length);
        list.Add(new Item(raw, index, block, blockStart, line.Start, line.End));
    }

    private static Infobox Build(string text, Dictionary<Kind, List<Item>> lists, Dictionary<Kind, List<(int Start, int End, int LineIndex)>> figureLines,
        EquatableArray<string> partOf, string? dateText, int dateLine, string? duration, string? place, string? result, List<string> details,
        string? territory, List<InfoboxField> fields, ReadOptions options, List<Diagnostic> diagnostics)
    {
        // figure cells
        var strengthCells = new List<List<InfoboxFigureCell>>();
        foreach (var (s, e, _) in figureLines.GetValueOrDefault(Kind.Strength) ?? [])
        {
            strengthCells.Add(InfoboxCells.SplitFigureCells(text, s, e).Select(c => InfoboxCells.MakeCell(text, c.Start, c.End, true, options)).ToList());
        }

        var casualtyCells = new List<List<InfoboxFigureCell>>();
        foreach (var (s, e, _) in figureLines.GetValueOrDefault(Kind.Casualties) ?? [])
        {
            casualtyCells.Add(InfoboxCells.SplitFigureCells(text, s, e).Select(c => InfoboxCells.MakeCell(text, c.Start, c.End, false, options)).ToList());
        }

        foreach (var (kind, name) in new[] { (Kind.Strength, "Strength"), (Kind.Casualties, "Casualties and losses") })
        {
            var fl = figureLines.GetValueOrDefault(kind);
            if (fl is { Count: > 0 })
            {
                fields.Add(new InfoboxField(name, string.Join("\n", fl.Select(f => text[f.Start..f.End])), fl[0].LineIndex + 1));
            }
        }

        // combatant entries
        var combatantItems = (lists.GetValueOrDefault(Kind.Combatants) ?? []).Select(it =>
        {
            var name = InfoboxCells.CleanName(it.Raw, out bool icon);
            return (Name: name, it.Block, it.BlockStart, Icon: icon);
        }).Where(x => x.Name.Length > 0).ToList();
        if (combatantItems.Count > 0)
        {
            fields.Add(new InfoboxField("Combatants", string.Join("\n", combatantItems.Select(c => c.Name)), 0));
        }

        // number of sides
        int k = 0;
        if (casualtyCells.Count > 0)
        {
            k = Math.Max(k, casualtyCells[0].Count);
        }

        foreach (var sc in strengthCells)
        {
            k = Math.Max(k, sc.Count);
        }

        if (k < 2)
        {
            int icons = combatantItems.Count(c => c.Icon) + (combatantItems.Count > 0 && !combatantItems[0].Icon ? 1 : 0);
            int blocks = combatantItems.Select(c => c.Block).Distinct().Count();
            k = Math.Max(k, icons >= 2 ? icons : blocks);
        }

        k = Math.Clamp(k, combatantItems.Count > 0 || casualtyCells.Count > 0 ? 1 : 0, 16);

        var sides = new List<(List<string> Combatants, List<Commander> Commanders, List<string> Units, List<InfoboxFigureCell> Strength, List<InfoboxFigureCell> Casualties)>();
        for (int c = 0; c < k; c++)
        {
            sides.Add(([], [], [], [], []));
        }

        var shared = new List<InfoboxFigureCell>();
        if (k > 0)
        {
            // combatants
            var cCols = SplitColumns(combatantItems.Select(c => (c.Block, c.Icon)).ToList(), k, iconsFirst: true, out bool cOk);
            for (int j = 0; j < combatantItems.Count; j++)
            {
                sides[cCols[j]].Combatants.Add(combatantItems[j].Name);
            }

            if (!cOk)
            {
                diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, "infobox: combatant columns could not be told apart; all combatants given to the first side", "CM0402"));
            }

            // commanders
            var commanders = ParseCommanders(lists.GetValueOrDefault(Kind.Commanders) ?? []);
            if (commanders.Count > 0)
            {
                fields.Add(new InfoboxField("Commanders and leaders", string.Join("\n", commanders.Select(c => c.Commander.Display)), 0));
            }

            var cmdCols = SplitCommanders(commanders, k, sides.Select(s => s.Combatants).ToList(), diagnostics);
            for (int j = 0; j < commanders.Count; j++)
            {
                sides[cmdCols[j]].Commanders.Add(commanders[j].Commander);
            }

            // units
            var units = (lists.GetValueOrDefault(Kind.Units) ?? []).Select(u => (Name: InfoboxCells.CleanUnit(u.Raw), u.Block)).Where(u => u.Name.Length > 0).ToList();
            if (units.Count > 0)
            {
                fields.Add(new InfoboxField("Units involved", string.Join("\n", units.Select(u => u.Name)), 0));
            }

            var uCols = SplitUnits(units, k, sides.Select(s => s.Combatants).ToList());
            for (int j = 0; j < units.Count; j++)
            {
                sides[uCols[j]].Units.Add(units[j].Name);
            }

            // strength: each line gives one cell per side when it has k cells; k one-cell lines give one per side
            bool oneCellLines = k > 1 && strengthCells.Count == k && strengthCells.All(l => l.Count == 1);
            int strengthSide = 0;
            foreach (var line in strengthCells)
            {
                if (oneCellLines)
                {
                    sides[strengthSide++].Strength.Add(line[0]);
                }
                else if (line.Count == k)
                {
                    for (int c = 0; c < k; c++)
                    {
                        sides[c].Strength.Add(line[c]);
                    }
                }
                else
                {
                    sides[0].Strength.AddRange(line);
                }
            }

            // casualties: the first line with k cells is per side; single-cell lines after are shared when they say so
            int sideLinesLeft = k;
            int sideIndex = 0;
            foreach (var line in casualtyCells)
            {
                if (line.Count == k && k > 1 && sideIndex == 0)
                {
                    for (int c = 0; c < k; c++)
                    {
                        sides[c].Casualties.Add(line[c]);
                    }

                    sideIndex = k;
                    sideLinesLeft = 0;
                    continue;
                }

                foreach (var cell in line)
                {
                    if (Lexicon.IsSharedCasualtyLine(cell.Text) || sideLinesLeft == 0)
                    {
                        shared.Add(cell);
                    }
                    else
                    {
                        sides[Math.Min(sideIndex, k - 1)].Casualties.Add(cell);
                        sideIndex++;
                        sideLinesLeft--;
                    }
                }
            }
        }

        InfoboxDate? date = null;
        if (dateText is not null)
        {
            var period = options.RecognizeCells ? Recognition.Period(dateText, options, diagnostics, dateLine) : null;
            date = new InfoboxDate(dateText, period);
        }

        if (details.Count > 0)
        {
            fields.Add(new InfoboxField("Result details", string.Join("\n", details), 0));
        }

        return new Infobox(
            null,
            partOf,
            date,
            duration,
            place,
            result,
            details.ToEquatableArray(),
            territory,
            sides.Select((s, c) => new InfoboxSide(c, s.Combatants.ToEquatableArray(), s.Commanders.ToEquatableArray(), s.Units.ToEquatableArray(), s.Strength.ToEquatableArray(), s.Casualties.ToEquatableArray())).ToEquatableArray(),
            shared.ToEquatableArray(),
            fields.ToEquatableArray());
    }

    /// <summary>Assigns items to k columns: by icon starts when they give k columns, else by blank-line blocks.</summary>
    private static int[] SplitColumns(List<(int Block, bool Icon)> items, int k, bool iconsFirst, out bool ok)
    {
        var cols = new int[items.Count];
        ok = true;
        if (items.Count == 0 || k <= 1)
        {
            return cols;
        }

        if (iconsFirst)
        {
            int starts = 1 + items.Skip(1).Count(i => i.Icon);
            if (starts == k)
            {
                int c = 0;
                for (int j = 0; j < items.Count; j++)
                {
                    if (j > 0 && items[j].Icon)
                    {
                        c++;
                    }

                    cols[j] = c;
                }

                return cols;
            }
        }

        var blocks = BlockIndex(items.Select(i => i.Block));
        if (blocks.Count >= k)
        {
            // the last k-1 blocks are the later columns; everything before belongs to the first
            for (int j = 0; j < items.Count; j++)
            {
                int bi = blocks[items[j].Block];
                cols[j] = Math.Max(0, bi - (blocks.Count - k));
            }

            return cols;
        }

        ok = false;
        return cols;
    }

    private static List<(Commander Commander, int Block)> ParseCommanders(List<Item> items)
    {
        var result = new List<(Commander Commander, int Block)>();
        foreach (var it in items)
        {
            var cleaned = Blank.Normalize(CleanTextBuilder.Clean(it.Raw));
            while (cleaned.Length > 0)
            {
                if (cleaned[0] == '(')
                {
                    int close = cleaned.IndexOf(')', StringComparison.Ordinal);
                    if (close < 0)
                    {
                        close = cleaned.Length - 1;
                    }

                    var role = cleaned[1..close].Trim();
                    if (result.Count > 0 && result[^1].Commander.Role is null)
                    {
                        var prev = result[^1];
                        var c = InfoboxCells.ParseCommander(prev.Commander.Name, role);
                        result[^1] = (c with { KilledInAction = c.KilledInAction || prev.Commander.KilledInAction }, prev.Block);
                    }

                    cleaned = cleaned[(close + 1)..].Trim();
                    continue;
                }

                result.Add((InfoboxCells.ParseCommander(cleaned), it.Block));
                break;
            }
        }

        return result;
    }

    private static int[] SplitCommanders(List<(Commander Commander, int Block)> commanders, int k, List<List<string>> combatants, List<Diagnostic> diagnostics)
    {
        var cols = new int[commanders.Count];
        if (commanders.Count == 0 || k <= 1)
        {
            return cols;
        }

        var blocks = BlockIndex(commanders.Select(c => c.Block));
        if (blocks.Count == k)
        {
            for (int j = 0; j < commanders.Count; j++)
            {
                cols[j] = blocks[commanders[j].Block];
            }

            return cols;
        }

        if (k == 2)
        {
            // the first commander listed without a role after commanders with roles starts the second column
            for (int j = 1; j < commanders.Count; j++)
            {
                if (commanders[j].Commander.Role is null && commanders[j - 1].Commander.Role is not null)
                {
                    for (int m = j; m < commanders.Count; m++)
                    {
                        cols[m] = 1;
                    }

                    diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Info, $"infobox: commander columns split before '{commanders[j].Commander.Name}' (first name without a role)", "CM0403"));
                    return cols;
                }
            }

            // a role naming a later side's combatant starts that side
            for (int j = 1; j < commanders.Count; j++)
            {
                if (commanders[j].Commander.Role is { } role && InfoboxCells.Mentions(role, combatants[1]) && !InfoboxCells.Mentions(role, combatants[0]))
                {
                    for (int m = j; m < commanders.Count; m++)
                    {
                        cols[m] = 1;
                    }

                    return cols;
                }
            }
        }

        if (blocks.Count > k)
        {
            for (int j = 0; j < commanders.Count; j++)
            {
                cols[j] = Math.Max(0, blocks[commanders[j].Block] - (blocks.Count - k));
            }

            return cols;
        }

        diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, "infobox: commander columns could not be told apart; all commanders given to the first side", "CM0404"));
        return cols;
    }

    private static int[] SplitUnits(List<(string Name, int Block)> units, int k, List<List<string>> combatants)
    {
        var cols = new int[units.Count];
        if (units.Count == 0 || k <= 1)
        {
            return cols;
        }

        var blocks = BlockIndex(units.Select(u => u.Block));
        if (blocks.Count == k)
        {
            for (int j = 0; j < units.Count; j++)
            {
                cols[j] = blocks[units[j].Block];
            }

            return cols;
        }

        // by name: a unit naming a later side's combatant starts that side (columns stay in order)
        int current = 0;
        for (int j = 0; j < units.Count; j++)
        {
            for (int s = current + 1; s < k; s++)
            {
                if (InfoboxCells.Mentions(units[j].Name, combatants[s]) && !InfoboxCells.Mentions(units[j].Name, combatants[current]))
                {
                    current = s;
                    break;
                }
            }

            cols[j] = current;
        }

        return cols;
    }

    private static Dictionary<int, int> BlockIndex(IEnumerable<int> blocks)
    {
        var map = new Dictionary<int, int>();
        foreach (var b in blocks)
        {
            map.TryAdd(b, map.Count);
        }

        return map;
    }

    private static int NextNonBlank(TextLines lines, int i, int limit)
    {
        for (int j = i + 1; j < limit; j++)
        {
            if (!lines.IsBlank(j))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool NextIsBullet(TextLines lines, int i, int limit)
    {
        int n = NextNonBlank(lines, i, limit);
        return n > 0 && IsBullet(lines.Trimmed(lines[n]), out _);
    }

    public static bool IsBullet(string trimmed, out string rest)
    {
        rest = trimmed;
        if (trimmed.Length >= 2 && trimmed[0] is '•' or '·' or '*' or '-' or '–' && Blank.Is(trimmed[1]))
        {
            rest = Blank.Trim(trimmed[1..]);
            return true;
        }

        return false;
    }

    /// <summary>A line that is running prose (ends an infobox).</summary>
    private static bool IsProse(string trimmed) =>
        trimmed.Length > 150 || (trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' && Blank.WordCount(trimmed) >= 14);

    private static Kind MatchLabel(string trimmed, out string value, out int labelLength)
    {
        foreach (var (label, kind) in Labels)
        {
            if (!trimmed.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed.Length == label.Length)
            {
                value = string.Empty;
                labelLength = label.Length;
                return kind;
            }

            char next = trimmed[label.Length];
            if (next == ':' || Blank.Is(next) || char.IsUpper(next) || char.IsAsciiDigit(next))
            {
                // "Part of" needs a space; glued only for value-bearing labels
                if (!Blank.Is(next) && next != ':' && kind is Kind.PartOf or Kind.Combatants or Kind.Commanders or Kind.Casualties or Kind.Strength or Kind.Units)
                {
                    // glued list labels are unusual; accept only before a digit (figures) or for Strength/Casualties
                    if (!(char.IsAsciiDigit(next) && kind is Kind.Strength or Kind.Casualties))
                    {
                        continue;
                    }
                }

                value = Blank.Trim(trimmed.AsSpan(label.Length).TrimStart(':')).ToString();
                labelLength = label.Length;
                return kind;
            }
        }

        value = string.Empty;
        labelLength = 0;
        return Kind.None;
    }

    private static string LabelOf(string trimmed, string value) =>
        Blank.Trim(trimmed.AsSpan(0, Math.Max(0, trimmed.Length - value.Length)).TrimEnd(':')).ToString();
}
