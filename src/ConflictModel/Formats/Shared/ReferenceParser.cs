namespace ConflictModel.Formats;

/// <summary>Reads numbered reference lines: <c>4. 4.0 4.1 'Title' …</c>, <c>12. ^ a b Title Publisher, 3 March 2015</c>,
/// <c>1. "Title". Publisher. 5 May 2015. Retrieved 9 May 2015.</c></summary>
internal static class ReferenceParser
{
    private static readonly string[] PublishersLongestFirst = [.. Lexicon.Publishers.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];

    /// <summary>Whether a trimmed line starts a numbered reference ("12. …" or "12."), giving the number and the
    /// offset of the rest.</summary>
    public static bool TryNumber(string trimmed, out int number, out int restOffset) => TryNumber(trimmed.AsSpan(), out number, out restOffset);

    /// <summary>Span form of <see cref="TryNumber(string, out int, out int)"/>.</summary>
    public static bool TryNumber(ReadOnlySpan<char> trimmed, out int number, out int restOffset)
    {
        number = 0;
        restOffset = 0;
        int i = 0;
        while (i < trimmed.Length && i < 5 && char.IsAsciiDigit(trimmed[i]))
        {
            i++;
        }

        if (i == 0 || i >= 5 || i >= trimmed.Length || trimmed[i] != '.')
        {
            return false;
        }

        if (i + 1 < trimmed.Length && !Blank.Is(trimmed[i + 1]))
        {
            return false;
        }

        number = int.Parse(trimmed[..i], System.Globalization.CultureInfo.InvariantCulture);
        restOffset = i + 1;
        return number > 0;
    }

    /// <summary>Parses one entry (the part after "N.").</summary>
    /// <param name="number">The entry's number.</param>
    /// <param name="rest">The text after "N.".</param>
    /// <param name="span">The entry's span in the input.</param>
    /// <param name="options">The read options.</param>
    /// <param name="dateCache">Dates already typed while reading this list (the same date text recurs across
    /// entries, above all in "Retrieved …"); <see langword="null"/> for none.</param>
    /// <returns>The reference.</returns>
    public static Reference Parse(int number, string rest, TextSpan span, ReadOptions options, Dictionary<string, UncertainDate?>? dateCache = null)
    {
        if (OnlyBacklinks(rest))
        {
            return new Reference(number, null, null, null, null, null, null, null, string.Empty, span);
        }

        var raw = StripBacklinks(Blank.Normalize(rest), number);
        if (raw.Length == 0)
        {
            return new Reference(number, null, null, null, null, null, null, null, string.Empty, span);
        }

        string? url = null;
        int http = raw.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (http >= 0)
        {
            // the first space-separated word from there on that is a URL
            var words = raw.AsSpan(http);
            while (true)
            {
                int sp = words.IndexOf(' ');
                var w = sp < 0 ? words : words[..sp];
                if (w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    url = w.TrimEnd(".,])").ToString();
                    break;
                }

                if (sp < 0)
                {
                    break;
                }

                words = words[(sp + 1)..];
            }
        }

        string? title = null, publisher = null, dateText = null, retrievedText = null;
        char q = raw[0];
        int closeQuote = q switch
        {
            '"' => raw.IndexOf('"', 1),
            '“' => raw.IndexOf('”', 1),
            _ => -1,
        };
        if (closeQuote > 1)
        {
            title = raw[1..closeQuote].Trim().TrimEnd('.');
            var after = raw[(closeQuote + 1)..];
            foreach (var seg in SplitSegments(after))
            {
                if (seg.StartsWith("Retrieved ", StringComparison.OrdinalIgnoreCase))
                {
                    retrievedText ??= seg[10..].Trim().TrimEnd('.');
                    if (retrievedText.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
                    {
                        retrievedText = retrievedText[3..];
                    }
                }
                else if (seg.StartsWith("Archived from", StringComparison.OrdinalIgnoreCase) || seg.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                else if (dateText is null && Lexicon.LooksLikeDate(seg))
                {
                    dateText = seg;
                }
                else if (publisher is null && dateText is null)
                {
                    publisher = seg;
                }
            }
        }
        else
        {
            ParseUnquoted(raw, out title, out publisher, out dateText, out retrievedText);
        }

        // a quoted "Title | Site" names its site after the last bar
        if (title is not null && publisher is null && closeQuote > 1)
        {
            int bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0 && bar + 3 < title.Length)
            {
                publisher = title[(bar + 3)..].Trim();
                title = title[..bar].Trim();
            }
        }

        // "[Title]" in brackets
        if (title is { Length: > 2 } && title[0] == '[' && title[^1] == ']')
        {
            title = title[1..^1].Trim();
        }

        UncertainDate? date = null, retrieved = null;
        if (options.RecognizeCells)
        {
            date = dateText is null ? null : TypeDate(dateText, options, dateCache);
            retrieved = retrievedText is null ? null : TypeDate(retrievedText, options, dateCache);
        }

        return new Reference(number, NullIfEmpty(title), NullIfEmpty(publisher), dateText, date, retrievedText, retrieved, url, raw, span);
    }

    private static UncertainDate? TypeDate(string text, ReadOptions options, Dictionary<string, UncertainDate?>? cache)
    {
        if (cache is null)
        {
            return Recognition.Date(text, options);
        }

        if (!cache.TryGetValue(text, out var date))
        {
            date = Recognition.Date(text, options);
            cache[text] = date;
        }

        return date;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IEnumerable<string> SplitSegments(string s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '.' && (i + 1 == s.Length || s[i + 1] == ' '))
            {
                // keep abbreviations like "Jan." inside a date segment: split only when the next word is capitalised or a digit
                var seg = s[start..i].Trim();
                if (seg.Length > 0)
                {
                    yield return seg;
                }

                start = i + 1;
            }
        }

        var last = s[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    internal static void ParseUnquoted(string raw, out string? title, out string? publisher, out string? dateText, out string? retrievedText)
    {
        publisher = null;
        dateText = null;
        retrievedText = null;
        var body = raw.TrimEnd('.', ' ');
        int ret = body.IndexOf(" Retrieved ", StringComparison.OrdinalIgnoreCase);
        if (ret >= 0)
        {
            retrievedText = body[(ret + 11)..].Trim().TrimEnd('.');
            body = body[..ret].TrimEnd('.', ' ');
        }

        // a trailing date: walk back over date words ending in a year or an ISO date. The raw entry is normalised
        // (single spaces, no blank at either end), so the words are the space-separated pieces of the body and runs
        // of words are substrings of it: the walk looks at word bounds only and copies nothing.
        int dateStart = -1;
        if (body.Length > 0)
        {
            int lastStart = body.LastIndexOf(' ') + 1;
            var last = body.AsSpan(lastStart).TrimEnd(".,");
            if (Lexicon.IsYear(last) || Lexicon.IsIsoDate(last))
            {
                dateStart = lastStart;
                while (dateStart > 0)
                {
                    int prevEnd = dateStart - 1;
                    int prevStart = prevEnd == 0 ? 0 : body.LastIndexOf(' ', prevEnd - 1) + 1;
                    var w = body.AsSpan(prevStart, prevEnd - prevStart).TrimEnd(',');
                    if (Lexicon.IsMonth(w) || Lexicon.IsWeekday(w) || (w.Length <= 2 && !w.ContainsAnyExceptInRange('0', '9')))
                    {
                        dateStart = prevStart;
                    }
                    else
                    {
                        break;
                    }
                }

                if (dateStart == 0)
                {
                    dateStart = -1;
                }
            }
        }

        string rest;
        if (dateStart > 0)
        {
            // a leading weekday is not part of the date (the last date word always stays)
            int from = dateStart;
            while (true)
            {
                int sp = body.IndexOf(' ', from);
                if (sp < 0 || !Lexicon.IsWeekday(body.AsSpan(from, sp - from)))
                {
                    break;
                }

                from = sp + 1;
            }

            dateText = body[from..];
            rest = body[..(dateStart - 1)].TrimEnd(',', ' ', ';', '-', '–');
        }
        else
        {
            rest = body.TrimEnd(',', ' ', ';', '-', '–');
        }

        SplitTitleAndPublisher(rest, dateText, out title, out publisher);
    }

    /// <summary>Splits what is left of an unquoted entry (its date and access date removed) into title and publisher:
    /// "Title | Publisher", "Title Publisher" for a known publisher, else a trailing run of at most four capitalised
    /// words; without a date the whole text is the title.</summary>
    internal static void SplitTitleAndPublisher(string rest, string? dateText, out string? title, out string? publisher)
    {
        publisher = null;
        if (rest.Contains(" | ", StringComparison.Ordinal))
        {
            var parts = rest.Split(" | ");
            title = parts[0].Trim();
            publisher = parts[^1].Trim();
            return;
        }

        title = rest;
        if (dateText is null)
        {
            return;
        }

        // a comma before the publisher: "Title Publisher, date" or "Title, Publisher"
        foreach (var p in PublishersLongestFirst)
        {
            if (rest.Length > p.Length && rest.EndsWith(p, StringComparison.Ordinal) && rest[rest.Length - p.Length - 1] == ' ')
            {
                publisher = p;
                title = rest[..^(p.Length + 1)].TrimEnd(',', ' ', '-', '–', '|');
                return;
            }
        }

        // otherwise a trailing run of capitalised words (at most 4) that does not cover the whole title
        var tw = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int runStart = tw.Length;
        while (runStart > 0 && tw.Length - runStart < 4 && tw[runStart - 1].Length > 0 && char.IsUpper(tw[runStart - 1][0]) && !tw[runStart - 1].EndsWith(':'))
        {
            runStart--;
        }

        if (runStart > 0 && runStart < tw.Length)
        {
            publisher = string.Join(' ', tw[runStart..]).TrimEnd(',');
            title = string.Join(' ', tw[..runStart]).TrimEnd(',', ' ');
        }
    }

    /// <summary>Whether an entry holds nothing but back-links ("^ a b c", "8.0 8.1") and blanks.</summary>
    private static bool OnlyBacklinks(string s)
    {
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (Blank.Is(c) || c == '^')
            {
                i++;
                continue;
            }

            int j = i;
            while (j < s.Length && !Blank.Is(s[j]))
            {
                j++;
            }

            var w = s.AsSpan(i, j - i);
            bool letter = w.Length == 1 && char.IsAsciiLetterLower(w[0]);
            bool dotted = w.Length >= 3 && w.IndexOf('.') > 0 && w.IndexOf('.') < w.Length - 1 && !w.ContainsAnyExcept("0123456789.");
            if (!letter && !dotted)
            {
                return false;
            }

            i = j;
        }

        return true;
    }

    /// <summary>Drops leading back-links ("^ a b", "8.0 8.1") from an entry. <paramref name="s"/> is normalised
    /// (<see cref="Blank.Normalize"/>: single inner spaces, no blank at either end), so its words are exactly its
    /// space-separated pieces and the rest after the dropped words is a suffix of it.</summary>
    private static string StripBacklinks(string s, int number)
    {
        int pos = 0;
        if (WordAt(s, pos) is "^")
        {
            pos = NextWord(s, pos);
            while (pos < s.Length && WordAt(s, pos) is [var l] && char.IsAsciiLetterLower(l))
            {
                pos = NextWord(s, pos);
            }
        }

        var prefix = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        while (pos < s.Length)
        {
            var w = WordAt(s, pos);
            if (!(w.StartsWith(prefix, StringComparison.Ordinal) && w.Length > prefix.Length && !w[prefix.Length..].ContainsAnyExceptInRange('0', '9')))
            {
                break;
            }

            pos = NextWord(s, pos);
        }

        return pos == 0 ? s : pos >= s.Length ? string.Empty : s[pos..];
    }

    /// <summary>The word starting at <paramref name="pos"/> (up to the next space or the end).</summary>
    private static ReadOnlySpan<char> WordAt(string s, int pos)
    {
        var rest = s.AsSpan(pos);
        int sp = rest.IndexOf(' ');
        return sp < 0 ? rest : rest[..sp];
    }

    /// <summary>The start of the word after the one at <paramref name="pos"/>, or the length of the text.</summary>
    private static int NextWord(string s, int pos)
    {
        int sp = s.AsSpan(pos).IndexOf(' ');
        return sp < 0 ? s.Length : pos + sp + 1;
    }
}
