using System.Text;

namespace ConflictModel.Formats;

/// <summary>Cleans and splits infobox cell text (shared by the infobox readers). Linear; never throws.</summary>
internal static class InfoboxCells
{
    private static readonly string[] ImageExtensions = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif"];

    private static readonly string[] ImageExtensionsSpaced = [.. ImageExtensions.Select(e => e + " ")];

    /// <summary>Removes icon artifacts: image file names (and anything glued before them) and <c>NNpx</c> sizes.
    /// Returns whether an icon was present.</summary>
    public static string StripIcons(string s, out bool hadIcon)
    {
        hadIcon = false;
        // every extension starts with a dot: without one there is no file name to strip
        for (int x = 0; x < ImageExtensions.Length && s.Contains('.'); x++)
        {
            var ext = ImageExtensions[x];
            int idx = s.LastIndexOf(ImageExtensionsSpaced[x], StringComparison.OrdinalIgnoreCase);
            if (idx < 0 && s.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                hadIcon = true;
                return string.Empty;
            }

            if (idx >= 0)
            {
                hadIcon = true;
                s = s[(idx + ext.Length + 1)..];
            }
        }

        // "17px Republican Guard"; without "px" no word is dropped and the join below only drops leading spaces
        if (!s.Contains("px", StringComparison.Ordinal))
        {
            return s.TrimStart(' ');
        }

        var words = s.Split(' ');
        var sb = new StringBuilder(s.Length);
        foreach (var w in words)
        {
            if (w.Length > 2 && w.EndsWith("px", StringComparison.Ordinal) && w[..^2].All(char.IsAsciiDigit))
            {
                hadIcon = true;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    /// <summary>Cleans a name: citation markers and icons removed, blanks trimmed, a trailing colon dropped.</summary>
    public static string CleanName(string raw, out bool hadIcon)
    {
        bool leadingNbsp = raw.Length > 0 && (raw[0] == '\u00A0');
        var text = CleanTextBuilder.Clean(raw);
        text = StripIcons(text, out hadIcon);
        hadIcon |= leadingNbsp;
        text = Blank.Normalize(text).TrimEnd(':').Trim();
        return text;
    }

    /// <summary>Removes hierarchy marks (<c>*</c>, <c>**</c>, bullets) and icons from a unit name.</summary>
    public static string CleanUnit(string raw)
    {
        var t = CleanTextBuilder.Clean(raw);
        t = Blank.Trim(t.AsSpan().TrimStart("*•·-–")).ToString();
        t = StripIcons(t, out _);
        return Blank.Normalize(t);
    }

    /// <summary>Parses a commander name with an optional inline "(role)" and KIA marks.</summary>
    public static Commander ParseCommander(string cleaned, string? role = null)
    {
        var name = Blank.Normalize(cleaned).TrimEnd(',', ';').Trim();
        bool kia = StripKia(ref name);
        if (role is null && name.EndsWith(')') )
        {
            int open = name.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0)
            {
                role = name[(open + 2)..^1].Trim();
                name = name[..open].Trim().TrimEnd(',', ';').Trim();
                kia |= StripKia(ref name);
            }
        }

        if (role is not null)
        {
            var r = Blank.Normalize(role);
            if (IsKiaWord(r))
            {
                kia = true;
                role = null;
            }
            else
            {
                role = r;
            }
        }

        return new Commander(name, string.IsNullOrEmpty(role) ? null : role, kia);
    }

    private static bool IsKiaWord(string s) =>
        s.Equals("KIA", StringComparison.OrdinalIgnoreCase) || s.Equals("k.i.a.", StringComparison.OrdinalIgnoreCase)
        || s.Equals("killed in action", StringComparison.OrdinalIgnoreCase) || s == "†";

    private static readonly string[] KiaMarks = ["(KIA)", "(k.i.a.)", "(killed in action)"];

    /// <summary>Strips killed-in-action marks from a name: glued or spaced <c>KIA</c>, <c>(KIA)</c>, <c>†</c>.</summary>
    public static bool StripKia(ref string name)
    {
        bool kia = false;
        if (name.Contains('†', StringComparison.Ordinal))
        {
            name = name.Replace("†", string.Empty, StringComparison.Ordinal).Trim();
            kia = true;
        }

        // every mark starts with a parenthesis: without one there is nothing to look for
        foreach (var mark in name.Contains('(') ? KiaMarks : [])
        {
            int i = name.IndexOf(mark, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                name = (name[..i] + name[(i + mark.Length)..]).Trim();
                kia = true;
            }
        }

        if (name.Length > 3 && name.EndsWith("KIA", StringComparison.Ordinal))
        {
            char before = name[^4];
            if (char.IsLower(before) || before == ' ' || before == '\u00A0' || before == ',')
            {
                name = name[..^3].TrimEnd(' ', '\u00A0', ',');
                kia = true;
            }
        }

        return kia;
    }

    /// <summary>Splits a line holding several figure cells ("120 killed (…)[3][4] 95 killed (…)[3][4]") into the
    /// raw cell ranges: a new cell starts after a citation group or a closing parenthesis when a figure follows.</summary>
    public static List<(int Start, int End)> SplitFigureCells(string s, int start, int end)
    {
        var cells = new List<(int, int)>();
        int cellStart = start;
        int i = start;
        while (i < end)
        {
            char c = s[i];
            if (c == '[')
            {
                int close = CitationMarkers.Match(s, i, end, out _);
                if (close > 0)
                {
                    // consume the citation group
                    int j = close;
                    while (j < end)
                    {
                        int k = j;
                        while (k < end && Blank.Is(s[k]))
                        {
                            k++;
                        }

                        if (k < end && s[k] == '[')
                        {
                            int c2 = CitationMarkers.Match(s, k, end, out _);
                            if (c2 > 0)
                            {
                                j = c2;
                                continue;
                            }
                        }

                        break;
                    }

                    int next = j;
                    while (next < end && Blank.Is(s[next]))
                    {
                        next++;
                    }

                    if (next < end && next > j && StartsFigure(s, next, end))
                    {
                        cells.Add((cellStart, j));
                        cellStart = next;
                    }

                    i = Math.Max(j, i + 1);
                    continue;
                }
            }
            else if (c == ')' && i + 2 < end && Blank.Is(s[i + 1]) && StartsFigure(s, i + 2, end) && char.IsAsciiDigit(s[i + 2]))
            {
                cells.Add((cellStart, i + 1));
                cellStart = i + 2;
            }

            i++;
        }

        if (end > cellStart && !Blank.IsBlank(s.AsSpan(cellStart, end - cellStart)))
        {
            cells.Add((cellStart, end));
        }

        return cells;
    }

    private static bool StartsFigure(string s, int i, int end)
    {
        if (i >= end)
        {
            return false;
        }

        char c = s[i];
        return char.IsAsciiDigit(c) || char.IsLetter(c) || c == '~' || c == '≈' || c == '>' || c == '<';
    }

    /// <summary>Makes a figure cell from a raw range: cleans it, and for casualties moves a trailing parenthesised
    /// time scope into <see cref="InfoboxFigureCell.PeriodText"/>.</summary>
    public static InfoboxFigureCell MakeCell(string source, int start, int end, bool isStrength, ReadOptions options)
    {
        var raw = Blank.Trim(source.AsSpan(start, end - start)).ToString();
        var (cleaned, cites) = CleanTextBuilder.Clean(source, start, end);
        var text = Blank.Normalize(cleaned);
        string? period = null;
        if (!isStrength && text.EndsWith(')'))
        {
            int open = FindMatchingOpen(text, text.Length - 1);
            if (open > 0)
            {
                var inner = text[(open + 1)..^1].Trim();
                if (inner.Length > 0 && Lexicon.LooksLikePeriod(inner))
                {
                    period = inner;
                    text = text[..open].TrimEnd(' ', ',', ';');
                }
            }
        }

        text = text.TrimEnd(',', ';').Trim();
        var figures = options.RecognizeCells ? Recognition.Figures(cleaned.Trim(), isStrength, options) : EquatableArray<CasualtyFigure>.Empty;
        return new InfoboxFigureCell(text, period, raw, figures, cites);
    }

    private static int FindMatchingOpen(string s, int close)
    {
        int depth = 0;
        for (int i = close; i >= 0; i--)
        {
            if (s[i] == ')')
            {
                depth++;
            }
            else if (s[i] == '(')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Splits a "Part of" value on " and " and drops a leading "the".</summary>
    public static EquatableArray<string> SplitPartOf(string value)
    {
        var list = new List<string>();
        foreach (var part in CleanTextBuilder.Clean(value).Split(" and ", StringSplitOptions.RemoveEmptyEntries))
        {
            var p = Blank.Normalize(part).Trim().TrimEnd('.', ',');
            if (p.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                p = p[4..];
            }

            if (p.Length > 0)
            {
                list.Add(p);
            }
        }

        return list.ToEquatableArray();
    }

    /// <summary>Removes an empty "()" duration and trailing separators from a date cell.</summary>
    public static string CleanDateText(string value)
    {
        var t = Blank.Normalize(CleanTextBuilder.Clean(value));
        t = t.Replace("()", string.Empty, StringComparison.Ordinal).Trim().TrimEnd(',', ';').Trim();
        return t;
    }

    /// <summary>The acronym of a name ("Islamic State of Iraq and the Levant" → "ISIL"), or null.</summary>
    public static string? Acronym(string name)
    {
        var sb = new StringBuilder();
        foreach (var w in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]))
            {
                sb.Append(w[0]);
            }
        }

        return sb.Length >= 2 ? sb.ToString() : null;
    }

    /// <summary>Whether a unit or role names one of the combatants (by name or acronym, as a whole word).</summary>
    public static bool Mentions(string text, IEnumerable<string> combatants)
    {
        foreach (var c in combatants.Take(32))
        {
            if (c.Length >= 3 && text.Contains(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var acr = Acronym(c);
            if (acr is { Length: >= 3 } && ContainsWord(text, acr))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            bool left = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            bool right = i + word.Length >= text.Length || !char.IsLetterOrDigit(text[i + word.Length]);
            if (left && right)
            {
                return true;
            }

            i += word.Length;
        }

        return false;
    }
}
