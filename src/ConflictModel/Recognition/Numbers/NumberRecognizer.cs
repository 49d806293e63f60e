namespace ConflictModel.Recognition;

/// <summary>
/// Finds numbers in English text: digits with thousands separators (<c>1,112</c>), number words (<c>Thirty-six</c>,
/// <c>a dozen</c>), both at once (<c>Thirty-six (36)</c>), ranges (<c>13–14</c>, <c>95 to 98%</c>,
/// <c>between 27 and 28</c>), a <c>+</c> suffix, <c>~</c>/<c>≈</c> prefixes, hedges (<c>more than</c>, <c>at least</c>,
/// <c>up to</c>, <c>nearly</c>, <c>about</c>, <c>some</c>, <c>an estimated</c>, ...) and vague quantifiers through a
/// <see cref="VagueQuantityLexicon"/>.
/// </summary>
/// <remarks>
/// <para>Not read as numbers: years (<c>2014</c> unless followed by a counted noun), days of dates (<c>10 April</c>,
/// <c>Jan. 15</c>, <c>10–11 April</c>), ordinals and unit numbers (<c>17th</c>, <c>Division 17</c>, <c>T2</c>), times
/// (<c>10:30</c>, <c>5 pm</c>), citation markers (<c>[8]</c>) and decimals that are neither percentages nor scaled
/// (<c>2.5 million</c> is read).</para>
/// <para>A hand-written scanner, linear in the input; it never throws on any input. Instances are immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class NumberRecognizer
{
    /// <summary>Creates a recogniser using a vague-quantity lexicon.</summary>
    /// <param name="lexicon">The lexicon for "several", "dozens", ...</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public NumberRecognizer(VagueQuantityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>Gets the recogniser with <see cref="VagueQuantityLexicon.Default"/>.</summary>
    public static NumberRecognizer Default { get; } = new(VagueQuantityLexicon.Default);

    /// <summary>Gets the vague-quantity lexicon.</summary>
    public VagueQuantityLexicon Lexicon { get; }

    /// <summary>Returns the numbers in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<NumberMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = TextChunks.ResultList<NumberMention>(text.Length);
        foreach (var (start, length) in TextChunks.Split(text))
        {
            var lexed = start == 0 && length == text.Length ? LexedText.For(text) : new LexedText(text, start, length);
            foreach (var h in Scan(lexed))
            {
                var span = lexed.SpanOf(h.FirstToken, h.EndToken);
                result.Add(new NumberMention(span, text.Substring(span.Start, span.Length), h.Value, h.IsPercent));
            }
        }

        return result;
    }

    /// <summary>Returns the numbers of a lexed text, read once per text and recogniser (the list is shared: never
    /// written).</summary>
    internal List<NumberHit> Scan(LexedText t)
    {
        if (t.TryGetHits(this, out var known))
        {
            return known;
        }

        var found = ScanUncached(t);
        t.SetHits(this, found);
        return found;
    }

    /// <summary>Reads the numbers of a lexed text.</summary>
    internal List<NumberHit> ScanUncached(LexedText t)
    {
        var hits = t.Count >= 96 ? new List<NumberHit>(t.Count / 24) : new List<NumberHit>();
        int n = t.Count;
        int i = 0;
        bool defaultLexicon = ReferenceEquals(Lexicon, VagueQuantityLexicon.Default);
        while (i < n)
        {
            // a token that is no number and cannot start a number word or a (default) vague phrase starts nothing:
            // TryVague and TryValue would both refuse it
            if (defaultLexicon)
            {
                i = t.NextNumberOr(i, WordClass.NumberStart | WordClass.DefaultVagueStart);
                if (i >= n)
                {
                    break;
                }
            }

            if (TryVague(t, i, out var vague, out int vEnd))
            {
                hits.Add(vague);
                i = vEnd;
                continue;
            }

            if (!TryValue(t, i, out long value, out int end, out bool isWords, out bool isDecimal, out double decimalValue))
            {
                i++;
                continue;
            }

            int first = i;
            int valueFirst = i;
            bool skip = false;

            // citation marker [8]
            if (t.IsPunct(i - 1, '[') && t.IsPunct(end, ']'))
            {
                skip = true;
            }

            // "no one", "one another", "one-third"
            if (isWords && value == 1 && end == i + 1 && (t.W(i - 1) is "no" or "any" || t.W(i + 1) is "another" || (t.IsDash(i + 1) && t.W(i + 2) is "third" or "half" or "quarter" or "fifth")))
            {
                skip = true;
            }

            // times of day
            if (!isWords && t.IsPunct(i - 1, ':') && t.IsNumber(i - 2))
            {
                skip = true;
            }

            if (!isWords && (t.IsPunct(end, ':') && t.IsNumber(end + 1) || (t.Is(end, WordClass.NumberContext) && QuantityLexicon.TimeWords.Contains(t.W(end))) || (t.W(end) is "a" or "p" && t.IsPunct(end + 1, '.') && t.W(end + 2) == "m")))
            {
                skip = true;
            }

            // unit numbers: "Division 17", "Brigade 93"; but "number of 45" is not "number 45"
            if (!isWords && t.Is(i - 1, WordClass.NumberContext) && QuantityLexicon.UnitNumberWords.Contains(t.W(i - 1)) && !t.IsPunct(i - 1))
            {
                skip = true;
            }

            if (!isWords && t.W(i - 1) == "number" && t.IsCapitalized(i - 1))
            {
                skip = true;
            }

            // hedges and symbols before
            var kind = EstimateKind.Exact;
            if (!skip)
            {
                if (t.IsPunct(i - 1) && t.Text[t.Tokens[i - 1].Start] is '~' or '≈')
                {
                    kind = EstimateKind.Approximately;
                    first = i - 1;
                }
                else if (MatchHedge(t, i, out var hk, out int hFirst))
                {
                    kind = hk;
                    first = hFirst;
                }
            }

            // range
            long? high = null;
            bool range = false;
            int after = end;
            bool between = t.W(first - 1) == "between" || t.W(i - 1) == "between";
            bool from = t.W(first - 1) == "from";
            if (!skip)
            {
                int j = end;
                bool pct1 = IsPercentAt(t, j, out int pctEnd1);
                if (pct1)
                {
                    j = pctEnd1;
                }

                bool sep = t.IsDash(j) || (t.W(j) == "to" && !from) || t.W(j) == "or" || (between && t.W(j) == "and");
                if (sep && TryValue(t, j + 1, out long v2, out int end2, out _, out bool dec2, out _) && !dec2 && v2 >= value)
                {
                    // "from 10 to 11 May": a date; "13–14 April": a date
                    range = true;
                    high = v2;
                    after = end2;
                }
            }

            // "+" suffix
            bool plus = false;
            if (!skip && t.IsPunct(after, '+') && !t.Tokens[after].SpaceBefore)
            {
                plus = true;
                after++;
            }

            // "Thirty-six (36)"
            if (!skip && isWords && t.IsPunct(after, '(') && TryValue(t, after + 1, out long dup, out int dupEnd, out bool dupWords, out _, out _) && !dupWords && dup == (range ? high : value) && t.IsPunct(dupEnd, ')'))
            {
                after = dupEnd + 1;
            }

            bool percent = false;
            if (!skip && IsPercentAt(t, after, out int pctEnd))
            {
                percent = true;
                after = pctEnd;
            }
            else if (!skip && range && IsPercentAt(t, end, out _))
            {
                percent = true;
            }

            if (!skip && !percent && IsDateContext(t, i, end, after, value, isWords, range))
            {
                skip = true;
            }

            if (!skip && isDecimal && !percent)
            {
                skip = true;
            }

            if (skip)
            {
                i = Math.Max(after, i + 1);
                continue;
            }

            Estimate estimate;
            if (isDecimal)
            {
                long lo = (long)Math.Floor(decimalValue);
                long hi = (long)Math.Ceiling(decimalValue);
                estimate = lo == hi ? Estimate.Exactly(lo) : new Estimate(lo, hi, null, EstimateKind.Approximately);
            }
            else if (range)
            {
                estimate = plus ? Estimate.AtLeast(value) : Estimate.Between(value, high!.Value);
            }
            else
            {
                estimate = plus && kind is EstimateKind.Exact or EstimateKind.Approximately or EstimateKind.MoreThan ? Estimate.MoreThan(value) : kind switch
                {
                    EstimateKind.MoreThan => Estimate.MoreThan(value),
                    EstimateKind.AtLeast => Estimate.AtLeast(value),
                    EstimateKind.UpTo => Estimate.UpTo(value),
                    EstimateKind.Nearly => Estimate.Nearly(value),
                    EstimateKind.Approximately => Estimate.Approximately(value),
                    _ => Estimate.Exactly(value),
                };
            }

            hits.Add(new NumberHit(first, after, valueFirst, estimate, percent, false, isWords));
            i = after;
        }

        return hits;
    }

    private static bool IsPercentAt(LexedText t, int j, out int end)
    {
        end = j;
        if (t.IsPunct(j, '%'))
        {
            end = j + 1;
            return true;
        }

        string w = t.W(j);
        if (w is "percent" or "pct")
        {
            end = j + 1;
            return true;
        }

        if (w == "per" && t.W(j + 1) == "cent")
        {
            end = j + 2;
            return true;
        }

        return false;
    }

    private static bool IsDateContext(LexedText t, int i, int end, int after, long value, bool isWords, bool range)
    {
        if (isWords)
        {
            return false;
        }

        // "10 April", "10–11 April", "between 27 and 28 August": a day of a month
        if (t.Is(after, WordClass.Month) && value <= 31)
        {
            return true;
        }

        // "From 10 to 11 May", "10 and 11 May"
        if (!range && value <= 31 && (t.IsDash(end) || t.W(end) is "to" or "and" or "until" or "till" or "or") && t.IsNumber(end + 1) && t.Is(end + 2, WordClass.Month))
        {
            return true;
        }

        // "Jan. 15", "April 10", "April 2014"
        int p = i - 1;
        if (t.IsPunct(p, '.'))
        {
            p--;
        }

        string len = t.Lower[i];
        bool plainDigits = len.IndexOf(',') < 0 && len.IndexOf('.') < 0;
        if (t.Is(p, WordClass.Month) && plainDigits && (value <= 31 || (value >= 1000 && value <= 2100)) && !FollowedByCountedNoun(t, after))
        {
            return true;
        }

        // years
        if (plainDigits && len.Length == 4 && value >= 1000 && value <= 2100 && !FollowedByCountedNoun(t, after))
        {
            return true;
        }

        return false;
    }

    private static bool FollowedByCountedNoun(LexedText t, int j)
    {
        for (int k = j; k < j + 4 && k < t.Count; k++)
        {
            if (!t.IsWord(k))
            {
                return false;
            }

            string w = t.W(k);
            if (QuantityLexicon.RoleNouns.Contains(w) || QuantityLexicon.AttackNouns.Contains(w) || w is "killed" or "dead" or "wounded")
            {
                return true;
            }

            if (!t.IsCapitalized(k) && k > j)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The last words of the hedges (<see cref="QuantityLexicon.Hedges"/>).</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> HedgeLastWords =
        QuantityLexicon.Hedges.Select(h => h.Words[^1]).ToArray() is var last ? QuantityLexicon.Set(last) : QuantityLexicon.Set();

    private static bool MatchHedge(LexedText t, int i, out EstimateKind kind, out int first)
    {
        if (!t.IsWord(i - 1) || !t.Is(i - 1, WordClass.NumberContext) || !HedgeLastWords.Contains(t.W(i - 1)))
        {
            kind = EstimateKind.Exact;
            first = i;
            return false;
        }

        foreach (var (words, k) in QuantityLexicon.Hedges)
        {
            int s = i - words.Length;
            if (s < 0)
            {
                continue;
            }

            bool ok = true;
            for (int m = 0; m < words.Length; m++)
            {
                if (!t.IsWord(s + m) || !string.Equals(t.W(s + m), words[m], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                kind = k;
                first = s;
                return true;
            }
        }

        kind = EstimateKind.Exact;
        first = i;
        return false;
    }

    private bool TryVague(LexedText t, int i, out NumberHit hit, out int end)
    {
        hit = default;
        end = i;
        if (!t.IsWord(i) || !(ReferenceEquals(Lexicon, VagueQuantityLexicon.Default) ? t.Is(i, WordClass.DefaultVagueStart) : Lexicon.StartsPhrase(t.W(i))))
        {
            return false;
        }

        // a phrase of two words or more needs the next word to be second in one ("a few", "tens of ..."): most
        // words after "a" are not, and then only the one-word phrase is looked up
        int maxLen = Math.Min(Lexicon.MaxWords, t.Count - i);
        if (maxLen > 1 && !Lexicon.IsSecondWord(t.W(i + 1)))
        {
            maxLen = 1;
        }

        for (int len = maxLen; len >= 1; len--)
        {
            bool allWords = true;
            for (int k = i; k < i + len; k++)
            {
                if (!t.IsWord(k))
                {
                    allWords = false;
                    break;
                }
            }

            if (!allWords)
            {
                continue;
            }

            var entry = len == 1 ? Lexicon.Find(t.W(i)) : Lexicon.FindWords(t.Lower, i, len);
            if (entry is null)
            {
                continue;
            }

            // "a number" only as "a number of"
            if (entry.Phrase == "a number" && t.W(i + len) != "of")
            {
                return false;
            }

            hit = new NumberHit(i, i + len, i, Estimate.Vague(entry.Low, entry.High), false, true, true);
            end = i + len;
            return true;
        }

        return false;
    }

    internal static bool MayStartNumberWord(string w) =>
        w is "a" or "an"
        || (w.Length >= 3 && w[0] is 'z' or 'o' or 't' or 'f' or 's' or 'e' or 'n' or 'h' or 'm' or 'b'
            && (QuantityLexicon.Units.ContainsKey(w) || QuantityLexicon.Tens.ContainsKey(w) || QuantityLexicon.Scales.ContainsKey(w)));

    /// <summary>Reads a number token made only of ASCII digits and commas (at least one digit); the value is exact
    /// for up to 15 digits (<paramref name="digitCount"/> counts the digits, commas excluded).</summary>
    private static bool TryPlainInteger(string s, out long value, out int digitCount, out char firstDigit)
    {
        value = 0;
        digitCount = 0;
        firstDigit = '\0';
        foreach (char c in s)
        {
            if (c == ',')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (digitCount == 0)
            {
                firstDigit = c;
            }

            if (digitCount < 16)
            {
                value = (value * 10) + (c - '0');
            }

            digitCount++;
        }

        return digitCount > 0;
    }

    /// <summary>Reads a bare value (digits, digits with a scale word, or number words) starting at token i.</summary>
    internal static bool TryValue(LexedText t, int i, out long value, out int end, out bool isWords, out bool isDecimal, out double decimalValue)
    {
        value = 0;
        end = i;
        isWords = false;
        isDecimal = false;
        decimalValue = 0;
        if (i >= t.Count || i < 0)
        {
            return false;
        }

        if (t.IsNumber(i))
        {
            string s = t.Lower[i];
            int dot;
            int digitCount;
            char firstDigit;
            double d;
            if (TryPlainInteger(s, out long plain, out digitCount, out firstDigit))
            {
                // digits and thousands separators only (the common case): no copy, no parse
                dot = -1;
                if (digitCount > 15)
                {
                    return false;
                }

                d = plain;
            }
            else
            {
                string digits = s.Replace(",", string.Empty, StringComparison.Ordinal);
                dot = digits.IndexOf('.');
                if (digits.Length > 15)
                {
                    return false;
                }

                digitCount = digits.Length;
                firstDigit = digits.Length > 0 ? digits[0] : '\0';
                d = double.Parse(digits, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);
            }

            end = i + 1;
            // scale words are number starts: the class bit spares the lookup for every other word
            if (t.Is(i + 1, WordClass.NumberStart) && QuantityLexicon.Scales.TryGetValue(t.W(i + 1), out long scale) && t.IsWord(i + 1))
            {
                d *= scale;
                end = i + 2;
            }
            else if (t.W(i + 1) == "dozen")
            {
                d *= 12;
                end = i + 2;
            }

            if (d > 1e15)
            {
                return false;
            }

            // zero-padded digits ("07", "001") are codes or parts of dates, not counts
            if (digitCount > 1 && firstDigit == '0' && dot != 1)
            {
                return false;
            }

            if (d != Math.Floor(d) || (dot >= 0 && end == i + 1))
            {
                isDecimal = true;
                decimalValue = d;
                value = (long)Math.Floor(d);
                return dot >= 0;
            }

            value = (long)d;
            return true;
        }

        if (!t.IsWord(i) || !t.Is(i, WordClass.NumberStart))
        {
            return false;
        }

        // number words
        long total = 0;
        long current = 0;
        bool any = false;
        bool lastWasUnit = false;
        bool lastWasTens = false;
        int j = i;
        if (t.W(j) is "a" or "an")
        {
            string nx = t.W(j + 1);
            if (nx == "dozen")
            {
                value = 12;
                end = j + 2;
                isWords = true;
                return true;
            }

            if (!t.Is(j + 1, WordClass.NumberStart) || !QuantityLexicon.Scales.ContainsKey(nx))
            {
                return false;
            }

            current = 1;
            j++;
        }

        while (j < t.Count)
        {
            string w = t.W(j);
            if (total > 1_000_000_000 || current > 1_000_000_000)
            {
                // "hundred hundred hundred ..." is not a number anyone writes; stop before it overflows
                break;
            }

            if (!t.IsWord(j))
            {
                // "thirty-six"
                if (lastWasTens && t.IsDash(j) && !t.Tokens[j].SpaceBefore && QuantityLexicon.Units.TryGetValue(t.W(j + 1), out long u2) && u2 is > 0 and < 10)
                {
                    current += u2;
                    j += 2;
                    lastWasTens = false;
                    lastWasUnit = true;
                    continue;
                }

                break;
            }

            // units, tens and scales are number starts: the class bit spares their lookups for every other word
            bool numberWord = t.Is(j, WordClass.NumberStart);
            if (numberWord && QuantityLexicon.Units.TryGetValue(w, out long u))
            {
                if (lastWasUnit || (lastWasTens && u >= 10))
                {
                    break;
                }

                current += u;
                any = true;
                lastWasUnit = true;
                lastWasTens = false;
                j++;
            }
            else if (numberWord && QuantityLexicon.Tens.TryGetValue(w, out long tens))
            {
                if (lastWasUnit || lastWasTens)
                {
                    break;
                }

                current += tens;
                any = true;
                lastWasTens = true;
                j++;
            }
            else if (w == "hundred" && (any || current > 0))
            {
                current = (current == 0 ? 1 : current) * 100;
                lastWasUnit = false;
                lastWasTens = false;
                any = true;
                j++;
            }
            else if (numberWord && QuantityLexicon.Scales.TryGetValue(w, out long sc) && (any || current > 0))
            {
                total += (current == 0 ? 1 : current) * sc;
                current = 0;
                lastWasUnit = false;
                lastWasTens = false;
                any = true;
                j++;
            }
            else if (w == "dozen" && any)
            {
                current = (current == 0 ? 1 : current) * 12;
                lastWasUnit = false;
                j++;
            }
            else if (w == "and" && any && (total > 0 || current >= 100) && (QuantityLexicon.Units.ContainsKey(t.W(j + 1)) || QuantityLexicon.Tens.ContainsKey(t.W(j + 1))))
            {
                lastWasUnit = false;
                lastWasTens = false;
                j++;
            }
            else
            {
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        end = j;
        isWords = true;
        return true;
    }
}
