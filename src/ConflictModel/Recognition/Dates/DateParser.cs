using NodaTime;

namespace ConflictModel.Recognition;

/// <summary>Part of a month or a year: early (days 1–10 / January–April), mid (11–20 / May–August), late
/// (21–end / September–December).</summary>
internal enum PartOf : byte
{
    None,
    Early,
    Mid,
    Late,
    EarlyMid,
    MidLate,
}

/// <summary>What a raw (unanchored) mention is.</summary>
internal enum RawKind : byte
{
    Absolute,
    Relative,
    EventDay,
    Duration,
    Breaker,
}

/// <summary>A bound placed in front of a date.</summary>
internal enum Modifier : byte
{
    None,
    OnOrBefore,
    OnOrAfter,
    Before,
    After,
    Around,
}

/// <summary>How the two ends of a range relate: one unknown day (or several listed days) within, or lasting.</summary>
internal enum RangeStyle : byte
{
    None,
    OneOf,
    Lasting,
}

/// <summary>The unit a relative date counts in.</summary>
internal enum RelUnit : byte
{
    Day,
    Month,
    Year,
    Weekday,
}

/// <summary>A date as written, with whatever parts were written (0 = not written).</summary>
internal struct PDate
{
    public int Day;
    public int Month;
    public int Year;
    public PartOf Part;
    public int Season;

    /// <summary>0 none, 1 half, 2 quarter, 3 week (of a month).</summary>
    public byte SubUnit;

    /// <summary>1-based index of the half, quarter or week; 9 = the last.</summary>
    public byte SubIndex;

    /// <summary>The year is the first of a decade ("the 1990s").</summary>
    public bool Decade;

    public readonly bool IsEmpty => Day == 0 && Month == 0 && Year == 0 && Season == 0;

    public readonly int Granularity => Day > 0 ? 3 : Month > 0 ? 2 : Season > 0 ? 1 : 0;
}

/// <summary>One date expression as scanned, before anchoring.</summary>
internal struct RawDate
{
    public int Start;
    public int End;
    public RawKind Kind;
    public PDate A;
    public PDate B;
    public bool HasB;
    public bool Ongoing;
    public Modifier Mod;
    public RangeStyle Range;

    // Relative: the anchor moved by Offset units, covering Count units (Count 0 = 1).
    public RelUnit Unit;
    public int Offset;
    public int Count;
    public PartOf RelPart;
    public bool Deictic;

    // Duration
    public Period? Duration;
    public bool DurationSince;
}

/// <summary>The hand-written scanner that finds date expressions in a text (English). One left-to-right pass over
/// the tokens; each start position looks ahead a bounded number of tokens, so the time is linear in the input.</summary>
/// <remarks>This class is stateless and thread-safe.</remarks>
internal static class DateParser
{
    private const int MaxEventWords = 3;

    public static List<RawDate> Scan(string text)
    {
        var result = new List<RawDate>();
        Scan(text, result);
        return result;
    }

    /// <summary>Appends the raw dates of <paramref name="text"/> to <paramref name="result"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The list the dates are added to.</param>
    public static void Scan(string text, List<RawDate> result)
    {
        var toks = DateTokenizer.Tokenize(text, out int count);
        try
        {
            var p = new Cursor(text, toks, count);
            int i = 0;
            int trigger = -1;
            while (i < count)
            {
                // every expression holds a trigger token (a number, month, unit, season, ...) within its first
                // MaxLead tokens; skip starts that have none (a moving pointer: linear overall)
                if (trigger < i)
                {
                    trigger = i;
                    while (trigger < count && !IsTrigger(in toks[trigger]))
                    {
                        trigger++;
                    }
                }

                if (trigger - i > MaxLead)
                {
                    i = trigger - MaxLead;
                    continue;
                }

                ref readonly var t = ref toks[i];
                if ((t.Kind == TokKind.Number && NumberMayStart(toks, i, count)) ||
                    (t.Kind == TokKind.Word && ((MayStart[(int)t.Lex] && NextAllows(toks, i, count)) ||
                    (t.Lex == Lex.None && t.End - t.Start <= 2 && (text[t.Start] | 0x20) == 'c'))))
                {
                    if (p.TryParseAt(i, out var raw, out int next))
                    {
                        result.Add(raw);
                        i = next;
                        continue;
                    }
                }

                if (IsBreaker(in p, in t, i))
                {
                    result.Add(new RawDate { Kind = RawKind.Breaker, Start = t.Start, End = t.End });
                }

                i++;
            }
        }
        finally
        {
            DateTokenizer.Return(toks);
        }
    }

    // A token that breaks a run of dates ("subsequently", "eventually", "later" followed by a comma): anchoring does not
    // carry across it.
    private static bool IsBreaker(in Cursor p, in DateToken t, int i) =>
        t.Lex == Lex.Breaker || (t.Lex == Lex.Later && t.Flag && t.Kind == TokKind.Word && p.IsBreakerLater(i));

    /// <summary>The plain definition of <see cref="Scan(string)"/> (the reference its skips are tested against): a parse attempt
    /// at every word and number, with no trigger window and no first-token checks.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The raw dates, as <see cref="Scan(string)"/>.</returns>
    internal static List<RawDate> ScanReference(string text)
    {
        var result = new List<RawDate>();
        var toks = DateTokenizer.Tokenize(text, out int count);
        try
        {
            var p = new Cursor(text, toks, count);
            int i = 0;
            while (i < count)
            {
                ref readonly var t = ref toks[i];
                if (t.Kind is TokKind.Number or TokKind.Word && p.TryParseAt(i, out var raw, out int next))
                {
                    result.Add(raw);
                    i = next;
                    continue;
                }

                if (IsBreaker(in p, in t, i))
                {
                    result.Add(new RawDate { Kind = RawKind.Breaker, Start = t.Start, End = t.End });
                }

                i++;
            }
        }
        finally
        {
            DateTokenizer.Return(toks);
        }

        return result;
    }

    /// <summary>The word classes that may begin an expression (<see cref="Cursor.TryParseAt"/> fails at any other word
    /// without looking further): a lead (by, since, from, ...), a time-of-day lead, a preposition, a weekday, a
    /// relative or deictic word, a count, a part, an ordinal, a season, a month, "the". Connectives ("of", "and", "to",
    /// "or"), units ("days"), direction words ("ago", "afterwards") and event nouns only ever follow.</summary>
    private static readonly bool[] MayStart = LexSet(
        Lex.By, Lex.Until, Lex.Since, Lex.Before, Lex.After, Lex.Around, Lex.Between, Lex.From, Lex.On, Lex.As,
        Lex.Late, Lex.Early, Lex.Mid, Lex.In, Lex.At, Lex.During, Lex.Throughout, Lex.Within, Lex.The, Lex.TimeOfDay,
        Lex.Weekday, Lex.Today, Lex.Yesterday, Lex.Tomorrow, Lex.Tonight, Lex.Later, Lex.Earlier, Lex.That,
        Lex.This, Lex.Last, Lex.Next, Lex.Past, Lex.NumberWord, Lex.A, Lex.Few, Lex.Beginning, Lex.Start, Lex.End,
        Lex.Middle, Lex.Ordinal, Lex.Season, Lex.Month);

    // A table indexed by lexicon class: true for the given classes.
    private static bool[] LexSet(params Lex[] members)
    {
        var set = new bool[256];
        foreach (var lex in members)
        {
            set[(int)lex] = true;
        }

        return set;
    }

    /// <summary>Whether the token after the word at <paramref name="i"/> (a word that <see cref="MayStart"/> a date)
    /// is one that <see cref="Cursor.TryParseAt"/> could go on with: a lead or a preposition ("since", "in") needs a
    /// token that may itself begin a date ("on" also "on or about", "as" only "as of"); "the" needs a number, a part,
    /// an ordinal, a season, a unit or a relative word ("the next day", "the 3rd of", "the summer of"); "a" needs a
    /// unit or "few"/"couple" ("a week later"); "that" needs a unit or a time of day ("that night"). False means
    /// the attempt fails.</summary>
    private static bool NextAllows(DateToken[] toks, int i, int count)
    {
        Lex lex = toks[i].Lex;
        switch (lex)
        {
            case Lex.By or Lex.Until or Lex.Since or Lex.Before or Lex.After or Lex.Around or Lex.Between or Lex.From or
                Lex.In or Lex.At or Lex.During or Lex.Throughout or Lex.Within or Lex.On or Lex.As or Lex.The or Lex.A or
                Lex.That:
                break;
            default:
                return true;
        }

        if (i + 1 >= count)
        {
            return false;
        }

        ref readonly var next = ref toks[i + 1];
        Lex nl = next.Kind == TokKind.Word ? next.Lex : Lex.None;
        return lex switch
        {
            Lex.On => nl == Lex.Or || MayGoOnAt(toks, i + 1, count),
            Lex.As => nl == Lex.Of,
            Lex.The or Lex.A or Lex.That => Follows(lex, toks, i + 1),
            _ => MayGoOnAt(toks, i + 1, count),
        };
    }

    /// <summary>Whether the number at <paramref name="i"/> may begin an expression: a year, a decade or an ISO date
    /// (4 digits), or a day, count or ordinal followed by what can go on from it: a month ("10 April"), "of"
    /// ("10th of April"), a unit or hours ("3 days later", "24 hours"), or a connector to the other end of a range
    /// ("10–11 April", "10 and 11 April", "10 to 12 April", "2 and a half years"). Any other number is a count
    /// ("29 soldiers", "3,000 fighters") and the attempt fails.</summary>
    private static bool NumberMayStart(DateToken[] toks, int i, int count)
    {
        if (toks[i].Digits == 4)
        {
            return true;
        }

        if (i + 1 >= count)
        {
            return false;
        }

        ref readonly var next = ref toks[i + 1];
        return next.Kind == TokKind.Dash || (next.Kind == TokKind.Word && MayFollowNumber[(int)next.Lex]);
    }

    /// <summary>The word classes that may follow a number that is not 4 digits long at the start of a date: see
    /// <see cref="NumberMayStart"/>.</summary>
    private static readonly bool[] MayFollowNumber = LexSet(
        Lex.Month, Lex.Of, Lex.Day, Lex.Week, Lex.Fortnight, Lex.Month_, Lex.Year, Lex.Hour, Lex.TimeOfDay, Lex.And,
        Lex.Or, Lex.To, Lex.Until, Lex.Through);

    /// <summary>Whether the date after a lead or a preposition may begin at <paramref name="k"/>: a number, or a word
    /// that <see cref="MayStart"/> a date ("the", "a" and "that" only with a token after them that can follow them
    /// there, see <see cref="NextAllows"/>; a lead or a preposition is not looked into).</summary>
    private static bool MayGoOnAt(DateToken[] toks, int k, int count)
    {
        ref readonly var t = ref toks[k];
        if (t.Kind == TokKind.Number)
        {
            return true;
        }

        if (t.Kind != TokKind.Word || !MayStart[(int)t.Lex])
        {
            return false;
        }

        return t.Lex is not (Lex.The or Lex.A or Lex.That) || (k + 1 < count && Follows(t.Lex, toks, k + 1));
    }

    /// <summary>Whether the token at <paramref name="k"/> can follow "the", "a" or "that" (<paramref name="lex"/>) at
    /// the start of a date.</summary>
    private static bool Follows(Lex lex, DateToken[] toks, int k)
    {
        ref readonly var next = ref toks[k];
        bool number = next.Kind == TokKind.Number;
        Lex nl = next.Kind == TokKind.Word ? next.Lex : Lex.None;
        return lex switch
        {
            Lex.The => number || MayFollowThe[(int)nl],
            Lex.A => nl is Lex.Few or Lex.Couple or Lex.Day or Lex.Week or Lex.Fortnight or Lex.Month_ or Lex.Year,
            _ => nl is Lex.Day or Lex.TimeOfDay or Lex.Month_ or Lex.Year,
        };
    }

    /// <summary>The word classes that may follow "the" at the start of a date: see <see cref="NextAllows"/>.</summary>
    private static readonly bool[] MayFollowThe = LexSet(
        Lex.Early, Lex.Late, Lex.Mid, Lex.TimeOfDay, Lex.Past, Lex.Last, Lex.Same, Lex.Next, Lex.Following,
        Lex.Previous, Lex.Prior, Lex.Day, Lex.Month_, Lex.Year, Lex.Ordinal, Lex.Start, Lex.Beginning, Lex.Outbreak,
        Lex.End, Lex.Middle, Lex.Season);

    /// <summary>The most tokens an expression may have before its first trigger token ("Late in the evening on",
    /// "since the start of the ISIL offensive").</summary>
    private const int MaxLead = 10;

    private static bool IsTrigger(in DateToken t) =>
        t.Kind == TokKind.Number || (t.Kind == TokKind.Word && TriggerWords[(int)t.Lex]);

    /// <summary>The word classes that are triggers (a table: one load rather than a chain of compares).</summary>
    private static readonly bool[] TriggerWords = LexSet(
        Lex.Month, Lex.Weekday, Lex.Season, Lex.Day, Lex.Week, Lex.Fortnight, Lex.Month_, Lex.Year, Lex.Today,
        Lex.Yesterday, Lex.Tomorrow, Lex.Tonight, Lex.TimeOfDay, Lex.Ongoing, Lex.EventNoun, Lex.Breaker, Lex.Later);

    private readonly ref struct Cursor
    {
        private readonly string text;
        private readonly DateToken[] toks;
        private readonly int count;

        public Cursor(string text, DateToken[] toks, int count)
        {
            this.text = text;
            this.toks = toks;
            this.count = count;
        }

        private Lex L(int k) => k < count && toks[k].Kind == TokKind.Word ? toks[k].Lex : Lex.None;

        private bool Is(int k, TokKind kind) => k < count && toks[k].Kind == kind;

        private bool IsNumber(int k) => k < count && toks[k].Kind == TokKind.Number;

        private ReadOnlySpan<char> Span(int k) => text.AsSpan(toks[k].Start, toks[k].End - toks[k].Start);

        /// <summary>"Later," standing alone (not "Later that day"): time moved on by an unknown amount.</summary>
        public bool IsBreakerLater(int i) => Is(i + 1, TokKind.Comma);

        public bool TryParseAt(int i, out RawDate raw, out int next)
        {
            raw = default;
            next = i;
            int j = i;
            var mod = Modifier.None;
            bool between = false;
            bool lead = false;

            switch (L(j))
            {
                case Lex.By:
                case Lex.Until:
                    mod = Modifier.OnOrBefore;
                    j++;
                    break;
                case Lex.Since:
                    mod = Modifier.OnOrAfter;
                    j++;
                    break;
                case Lex.Before:
                    mod = Modifier.Before;
                    j++;
                    break;
                case Lex.After:
                    mod = Modifier.After;
                    j++;
                    break;
                case Lex.Around:
                    mod = Modifier.Around;
                    j++;
                    break;
                case Lex.Between:
                    between = true;
                    j++;
                    break;
                case Lex.From:
                    j++; // "From 30 April until 10 May"; without an end it is the plain date
                    break;
                case Lex.On when L(j + 1) == Lex.Or && L(j + 2) is Lex.Around or Lex.Before or Lex.After:
                    mod = L(j + 2) switch { Lex.Around => Modifier.Around, Lex.Before => Modifier.OnOrBefore, _ => Modifier.OnOrAfter };
                    j += 3;
                    break;
                case Lex.As when L(j + 1) == Lex.Of:
                    j += 2;
                    break;
                default:
                    if (L(j) == Lex.None && j < count && toks[j].Kind == TokKind.Word && IsCirca(j))
                    {
                        mod = Modifier.Around;
                        j += 2;
                    }

                    break;
            }

            lead = j > i;
            if (lead && j < count && !toks[j].SpaceBefore && toks[j].Kind != TokKind.Dot)
            {
                return false; // "by1553": a word glued to what follows is not a lead
            }

            // "Late in the evening on", "Early on the morning of": a time of day, not a part of the month
            int tod = TryTimeOfDay(j);
            if (tod > j)
            {
                if (TryAbsoluteWithRange(tod, true, between, ref raw, out next) && raw.A.Day > 0)
                {
                    raw.Mod = mod;
                    raw.Start = toks[i].Start;
                    return true;
                }

                // "during the previous evening", "that night": relative with a time of day is handled below
            }

            // a neutral preposition
            int k = j;
            if (L(k) is Lex.On or Lex.In or Lex.At or Lex.During or Lex.Throughout or Lex.Within)
            {
                k++;
                lead = true;
                tod = TryTimeOfDay(k);
                if (tod > k && TryAbsoluteWithRange(tod, true, between, ref raw, out next) && raw.A.Day > 0)
                {
                    raw.Mod = mod;
                    raw.Start = toks[i].Start;
                    return true;
                }
            }

            // "On Tuesday, 5 May 2015": the weekday belongs to the date that follows
            if (L(k) == Lex.Weekday && toks[k].Flag)
            {
                int w = Is(k + 1, TokKind.Comma) ? k + 2 : k + 1;
                if (TryAbsoluteWithRange(w, true, between, ref raw, out next) && raw.A.Day > 0)
                {
                    raw.Mod = mod;
                    raw.Start = toks[i].Start;
                    return true;
                }

                raw = default;
            }

            if (TryRelative(k, ref raw, out next))
            {
                raw.Mod = mod;
                raw.Start = toks[i].Start;
                raw.End = toks[next - 1].End;
                return true;
            }

            if (TryDuration(k, ref raw, out next))
            {
                raw.Start = toks[k].Start;
                return true;
            }

            if (TryAbsoluteWithRange(k, lead, between, ref raw, out next))
            {
                raw.Mod = mod;
                raw.Start = toks[i].Start;
                return true;
            }

            raw = default;
            next = i;
            return false;
        }

        private bool IsCirca(int j)
        {
            var s = Span(j);
            return (s.Equals("c", StringComparison.OrdinalIgnoreCase) || s.Equals("ca", StringComparison.OrdinalIgnoreCase)) &&
                   Is(j + 1, TokKind.Dot) && (IsNumber(j + 2) || L(j + 2) == Lex.Month);
        }

        /// <summary>Matches a time-of-day lead ("On the evening of", "During the early morning of", "At midnight on",
        /// "Late in the evening on", "in the early hours of") and returns the index after it, or <paramref name="j"/>.</summary>
        private int TryTimeOfDay(int j)
        {
            int k = j;
            if (L(k) is Lex.Late or Lex.Early && L(k + 1) is Lex.In or Lex.On or Lex.At or Lex.During)
            {
                k += 2;
            }
            else if (L(k) is Lex.On or Lex.In or Lex.At or Lex.During)
            {
                k++;
            }

            if (L(k) == Lex.The)
            {
                k++;
            }

            if (L(k) is Lex.Early or Lex.Late)
            {
                k++;
            }

            if (L(k) != Lex.TimeOfDay)
            {
                return j;
            }

            k++;
            return L(k) is Lex.Of or Lex.On ? k + 1 : j;
        }

        private bool TryAbsoluteWithRange(int k, bool lead, bool between, ref RawDate raw, out int next)
        {
            next = k;
            int start = k;
            if (!TryAbsolute(k, lead, allowBareDay: true, out var a, out int after))
            {
                return false;
            }

            bool bareA = a.Day > 0 && a.Month == 0;
            int m = after;
            Lex conn = L(m);
            bool dash = Is(m, TokKind.Dash);
            bool connector = dash || conn is Lex.To or Lex.Until or Lex.Through || conn is Lex.And or Lex.Or;
            if (connector)
            {
                int b0 = m + 1;
                if ((dash || conn is Lex.To or Lex.Until) && L(b0) == Lex.Ongoing && !bareA)
                {
                    raw = new RawDate
                    {
                        Kind = RawKind.Absolute, A = a, Ongoing = true, Range = RangeStyle.Lasting,
                        Start = toks[start].Start, End = toks[b0].End,
                    };
                    next = b0 + 1;
                    return true;
                }

                // "2014–15"
                if (dash && a.Year > 0 && a.Month == 0 && a.Season == 0 && a.Part == PartOf.None && IsNumber(b0) &&
                    toks[b0].Digits == 2 && !toks[b0].SpaceBefore)
                {
                    int y2 = ((a.Year / 100) * 100) + toks[b0].Value;
                    if (y2 > a.Year)
                    {
                        raw = new RawDate
                        {
                            Kind = RawKind.Absolute, A = a, B = new PDate { Year = y2 }, HasB = true,
                            Range = RangeStyle.Lasting, Start = toks[start].Start, End = toks[b0].End,
                        };
                        next = b0 + 1;
                        return true;
                    }
                }

                if (TryAbsolute(b0, true, allowBareDay: a.Month > 0, out var b, out int afterB) &&
                    (!(conn is Lex.And or Lex.Or) || between || bareA || b.Day > 0 && b.Month == 0 || a.Granularity == b.Granularity) &&
                    Compatible(ref a, ref b, ref afterB))
                {
                    raw = new RawDate
                    {
                        Kind = RawKind.Absolute, A = a, B = b, HasB = true,
                        Range = between || conn is Lex.And or Lex.Or ? RangeStyle.OneOf : RangeStyle.Lasting,
                        Start = toks[start].Start, End = toks[afterB - 1].End,
                    };
                    next = afterB;
                    return true;
                }
            }

            if (bareA || (between && !lead))
            {
                return false;
            }

            raw = new RawDate { Kind = RawKind.Absolute, A = a, Start = toks[start].Start, End = toks[after - 1].End };
            next = after;
            return true;
        }

        /// <summary>Completes the ends of a range from each other ("10–11 April": the month of the second; "Jan. 19–20,
        /// 2016": the month of the first and the year after) and checks the range is a range.</summary>
        private bool Compatible(ref PDate a, ref PDate b, ref int afterB)
        {
            if (b.Day > 0 && b.Month == 0)
            {
                if (a.Month == 0)
                {
                    return false;
                }

                b.Month = a.Month;
                if (b.Year == 0 && TryYearAfter(afterB, out int y, out int afterY))
                {
                    b.Year = y;
                    afterB = afterY;
                }
            }

            if (a.Day > 0 && a.Month == 0)
            {
                a.Month = b.Month;
                if (a.Month == 0)
                {
                    return false;
                }
            }

            // a day range needs days on both sides; a month or year range needs none
            if ((a.Day > 0) != (b.Day > 0) && !(a.Day > 0 && b.Day > 0))
            {
                if (a.Day > 0 || b.Day > 0)
                {
                    return false;
                }
            }

            if (a.Year == 0 && b.Year > 0)
            {
                a.Year = a.Month > b.Month && a.Month > 0 && b.Month > 0 ? b.Year - 1 : b.Year;
                if (a.Year < 1)
                {
                    return false;
                }
            }

            return a.Month > 0 || a.Year > 0 || a.Season > 0;
        }

        private bool TryYearAfter(int k, out int year, out int after)
        {
            year = 0;
            after = k;
            int m = k;
            if (Is(m, TokKind.Comma))
            {
                m++;
            }

            if (IsYear(m, strict: false) && !FollowedByCountNoun(m + 1))
            {
                year = toks[m].Value;
                after = m + 1;
                return true;
            }

            return false;
        }

        private bool IsYear(int k, bool strict) =>
            IsNumber(k) && toks[k].Digits == 4 && !toks[k].Flag &&
            (strict ? toks[k].Value is >= 1800 and <= 2199 : toks[k].Value is >= 1000 and <= 2999) &&
            !(k + 1 < count && toks[k + 1].Kind == TokKind.Other && text[toks[k + 1].Start] == '%');

        private bool IsDayNumber(int k) =>
            IsNumber(k) && toks[k].Digits is 1 or 2 && toks[k].Value is >= 1 and <= 31 &&
            !(k > 0 && toks[k - 1].Kind == TokKind.Other && !toks[k].SpaceBefore) &&
            !(k + 1 < count && toks[k + 1].Kind == TokKind.Other && !toks[k + 1].SpaceBefore && text[toks[k + 1].Start] is '%' or ':');

        private bool IsMonth(int k, out int month, out int after)
        {
            month = 0;
            after = k;
            if (L(k) != Lex.Month || !toks[k].Flag)
            {
                return false;
            }

            month = toks[k].Value;
            after = k + 1;
            int len = toks[k].End - toks[k].Start;
            bool abbreviation = len <= 4 && !(len == 3 && month == 5) && !(len == 4 && month is 6 or 7);
            if (abbreviation && Is(after, TokKind.Dot) && !toks[after].SpaceBefore)
            {
                after++;
            }

            return true;
        }

        /// <summary>Whether the month word at <paramref name="k"/> may stand without a day or a year.</summary>
        private bool BareMonthAllowed(int k)
        {
            var s = Span(k);
            bool dotted = Is(k + 1, TokKind.Dot) && !toks[k + 1].SpaceBefore;
            return s.Length >= 4 || dotted || s.Equals("May", StringComparison.Ordinal); // "Jan" / "Dec" alone are too weak
        }

        /// <summary>Whether a plural counted noun follows ("29 soldiers", "2014 fighters"): the number is then a count.</summary>
        private bool FollowedByCountNoun(int k)
        {
            if (k >= count || toks[k].Kind != TokKind.Word || toks[k].Lex != Lex.None)
            {
                return k < count && toks[k].Kind == TokKind.Word &&
                       ((toks[k].Lex is Lex.Day or Lex.Week or Lex.Month_ or Lex.Year or Lex.Hour && toks[k].Value == 1) ||
                        (toks[k].Lex == Lex.TimeOfDay && Span(k).Equals("hours", StringComparison.OrdinalIgnoreCase)));
            }

            var s = Span(k);
            if (s.Length < 3 || char.IsUpper(s[0]))
            {
                return false;
            }

            if (s[^1] == 's' && s[^2] != 's' && s[^2] != 'u' && s[^2] != 'i' &&
                !s.Equals("was", StringComparison.Ordinal) && !s.Equals("has", StringComparison.Ordinal) &&
                !s.Equals("thus", StringComparison.Ordinal) && !s.Equals("towards", StringComparison.Ordinal) &&
                !s.Equals("afterwards", StringComparison.Ordinal) && !s.Equals("whereas", StringComparison.Ordinal) &&
                !s.Equals("besides", StringComparison.Ordinal) && !s.Equals("its", StringComparison.Ordinal))
            {
                return true;
            }

            return s.Equals("people", StringComparison.Ordinal) || s.Equals("men", StringComparison.Ordinal) ||
                   s.Equals("women", StringComparison.Ordinal) || s.Equals("children", StringComparison.Ordinal) ||
                   s.Equals("personnel", StringComparison.Ordinal) || s.Equals("killed", StringComparison.Ordinal) ||
                   s.Equals("dead", StringComparison.Ordinal) || s.Equals("wounded", StringComparison.Ordinal) ||
                   s.Equals("injured", StringComparison.Ordinal) || s.Equals("percent", StringComparison.Ordinal) ||
                   s.Equals("per", StringComparison.Ordinal) || s.Equals("km", StringComparison.Ordinal) ||
                   s.Equals("other", StringComparison.Ordinal) || s.Equals("of", StringComparison.Ordinal);
        }

        /// <summary>Parses one absolute date: a part word, a season, day–month, month–day, month–year, a year.</summary>
        private bool TryAbsolute(int k, bool lead, bool allowBareDay, out PDate d, out int after)
        {
            if (!TryAbsoluteCore(k, lead, allowBareDay, out d, out after, out byte subUnit, out byte subIndex))
            {
                return false;
            }

            if (subUnit != 0)
            {
                // "the first half of 2015", "the last week of March": a week needs a month; a quarter needs a bare year
                bool ok = d.Day == 0 && d.Season == 0 && d.Part == PartOf.None && !d.Decade &&
                          (subUnit == 3 ? d.Month > 0 : subUnit == 2 ? d.Month == 0 : true);
                if (!ok)
                {
                    return false;
                }

                d.SubUnit = subUnit;
                d.SubIndex = subIndex;
            }

            return true;
        }

        private bool IsDecade(int k) =>
            IsNumber(k) && toks[k].Digits == 4 && toks[k].Value % 10 == 0 && toks[k].Value is >= 1000 and <= 2990 &&
            ((k + 1 < count && toks[k + 1].Kind == TokKind.Word && !toks[k + 1].SpaceBefore && text[toks[k + 1].Start] == 's' && toks[k + 1].End - toks[k + 1].Start == 1) ||
             (k + 2 < count && toks[k + 1].Kind == TokKind.Other && text[toks[k + 1].Start] is '\'' or '\u2019' && !toks[k + 1].SpaceBefore &&
              toks[k + 2].Kind == TokKind.Word && toks[k + 2].End - toks[k + 2].Start == 1 && text[toks[k + 2].Start] == 's'));

        private bool TryAbsoluteCore(int k, bool lead, bool allowBareDay, out PDate d, out int after, out byte subUnit, out byte subIndex)
        {
            d = default;
            after = k;
            int m = k;
            var part = PartOf.None;

            // part: early / mid / late / the beginning of / the end of / the middle of / the start of
            int pk = m;
            if (L(pk) == Lex.The)
            {
                pk++;
            }

            subUnit = 0;
            subIndex = 0;
            if (L(pk) is Lex.Beginning or Lex.Start or Lex.End or Lex.Middle && L(pk + 1) == Lex.Of)
            {
                part = L(pk) switch { Lex.End => PartOf.Late, Lex.Middle => PartOf.Mid, _ => PartOf.Early };
                m = pk + 2;
            }
            else if (L(pk) is Lex.Ordinal or Lex.Last && L(pk + 1) is Lex.Half or Lex.Quarter or Lex.Week &&
                     L(pk + 2) == Lex.Of && (L(pk) == Lex.Last || toks[pk].Value is >= 1 and <= 5))
            {
                subUnit = L(pk + 1) switch { Lex.Half => (byte)1, Lex.Quarter => (byte)2, _ => (byte)3 };
                subIndex = L(pk) == Lex.Last ? (byte)9 : (byte)toks[pk].Value;
                if ((subUnit == 1 && subIndex is > 2 and < 9) || (subUnit == 2 && subIndex is > 4 and < 9))
                {
                    return false;
                }

                m = pk + 3;
            }
            else if (L(m) is Lex.Early or Lex.Mid or Lex.Late || (L(m) == Lex.The && L(m + 1) is Lex.Early or Lex.Mid or Lex.Late && IsDecade(m + 2)))
            {
                if (L(m) == Lex.The)
                {
                    m++;
                }

                // "mid-to-late March", "early to mid 2015": the wider span is one part (see PartOf.Early..Late ranges)
                int pm = m + 1;
                if (Is(pm, TokKind.Dash))
                {
                    pm++;
                }

                int q = pm + 1;
                if (Is(q, TokKind.Dash))
                {
                    q++;
                }

                if (L(pm) == Lex.To && L(q) is Lex.Early or Lex.Mid or Lex.Late)
                {
                    var from = L(m);
                    var to = L(q);
                    part = (from, to) switch
                    {
                        (Lex.Early, Lex.Mid) => PartOf.EarlyMid,
                        (Lex.Mid, Lex.Late) => PartOf.MidLate,
                        (Lex.Early, Lex.Late) => PartOf.None,
                        _ => PartOf.None,
                    };
                    if (part != PartOf.None)
                    {
                        m = q;
                        goto PartWordDone;
                    }
                }

                part = L(m) switch { Lex.Early => PartOf.Early, Lex.Mid => PartOf.Mid, _ => PartOf.Late };
            PartWordDone:
                m++;
                if (Is(m, TokKind.Dash) && !toks[m].SpaceBefore)
                {
                    m++;
                }
            }

            // season: [the] summer [of] 2014
            int sk = m;
            if (L(sk) == Lex.The)
            {
                sk++;
            }

            if (L(sk) == Lex.Season)
            {
                int season = toks[sk].Value;
                int yk = sk + 1;
                if (L(yk) == Lex.Of)
                {
                    yk++;
                }

                if (IsYear(yk, strict: false) && !FollowedByCountNoun(yk + 1))
                {
                    d = new PDate { Season = season, Year = toks[yk].Value, Part = part };
                    after = yk + 1;
                    return true;
                }

                if ((lead || part != PartOf.None) && sk == m)
                {
                    d = new PDate { Season = season, Part = part };
                    after = sk + 1;
                    return true;
                }

                return false;
            }

            // "the 3rd of March"
            if (L(m) == Lex.The && part == PartOf.None && IsDayNumber(m + 1) && toks[m + 1].Flag)
            {
                m++;
            }

            // day first: 10 April [2014], 10th of April
            if (IsDayNumber(m) && part == PartOf.None)
            {
                int mk = m + 1;
                if (L(mk) == Lex.Of && toks[m].Flag)
                {
                    mk++;
                }

                if (IsMonth(mk, out int month, out int afterMonth))
                {
                    d = new PDate { Day = toks[m].Value, Month = month };
                    if (!ValidDay(d.Day, d.Month))
                    {
                        return false;
                    }

                    after = afterMonth;
                    if (TryYearAfter(afterMonth, out int y, out int ay))
                    {
                        d.Year = y;
                        after = ay;
                    }

                    return true;
                }

                if (allowBareDay && !FollowedByCountNoun(m + 1))
                {
                    d = new PDate { Day = toks[m].Value };
                    after = m + 1;
                    return true;
                }

                return false;
            }

            // month first: Jan. 29, 2016 / April 2014 / April
            if (IsMonth(m, out int mon, out int am))
            {
                if (part == PartOf.None && IsDayNumber(am) && !FollowedByCountNoun(am + 1) &&
                    !(toks[am].SpaceBefore == false && !Is(am - 1, TokKind.Dot)))
                {
                    d = new PDate { Day = toks[am].Value, Month = mon };
                    if (!ValidDay(d.Day, d.Month))
                    {
                        return false;
                    }

                    after = am + 1;
                    if (TryYearAfter(am + 1, out int y, out int ay))
                    {
                        d.Year = y;
                        after = ay;
                    }

                    return true;
                }

                int yk = am;
                if (Is(yk, TokKind.Comma) && IsYear(yk + 1, false))
                {
                    yk++;
                }

                if (IsYear(yk, strict: false) && !FollowedByCountNoun(yk + 1))
                {
                    d = new PDate { Month = mon, Year = toks[yk].Value, Part = part };
                    after = yk + 1;
                    return true;
                }

                bool rangeFollows = Is(am, TokKind.Dash) || L(am) is Lex.To or Lex.Until or Lex.Through;

                // a full month name standing alone ("August saw heavy fighting"), but not "May"/"March" (verbs) and not
                // a given name ("June Smith")
                int nameLength = toks[m].End - toks[m].Start;
                bool standsAlone = nameLength >= 4 && mon is not 3 and not 5 && am == m + 1 && !(m > 0 && toks[m - 1].Kind == TokKind.Number) &&
                                   !(am < count && toks[am].Kind == TokKind.Word && char.IsUpper(text[toks[am].Start]));
                if ((lead || part != PartOf.None || rangeFollows || standsAlone || subUnit != 0) && BareMonthAllowed(m))
                {
                    d = new PDate { Month = mon, Part = part };
                    after = am;
                    return true;
                }

                return false;
            }

            // decade: the 1990s, the early 2010s
            int dk = L(m) == Lex.The ? m + 1 : m;
            if (IsDecade(dk))
            {
                d = new PDate { Year = toks[dk].Value, Part = part, Decade = true };
                after = toks[dk + 1].Kind == TokKind.Word ? dk + 2 : dk + 3;
                return true;
            }

            // ISO 8601 calendar date: 2014-07-01 (or 2014/07/01)
            if (part == PartOf.None && IsNumber(m) && toks[m].Digits == 4 && IsDateSeparator(m + 1) && IsNumber(m + 2) &&
                toks[m + 2].Digits == 2 && IsDateSeparator(m + 3) && text[toks[m + 1].Start] == text[toks[m + 3].Start] &&
                IsNumber(m + 4) && toks[m + 4].Digits == 2 &&
                !toks[m + 1].SpaceBefore && !toks[m + 2].SpaceBefore && !toks[m + 3].SpaceBefore && !toks[m + 4].SpaceBefore &&
                toks[m].Value is >= 1000 and <= 2999 && ValidDay(toks[m + 4].Value, toks[m + 2].Value))
            {
                d = new PDate { Year = toks[m].Value, Month = toks[m + 2].Value, Day = toks[m + 4].Value };
                after = m + 5;
                return true;
            }

            // year: 2014, mid-2014
            if (IsYear(m, strict: !(lead || part != PartOf.None)) && !FollowedByCountNoun(m + 1) &&
                !(m > 0 && toks[m - 1].Kind == TokKind.Other && !toks[m].SpaceBefore))
            {
                d = new PDate { Year = toks[m].Value, Part = part };
                after = m + 1;
                return true;
            }

            return false;
        }

        private bool IsDateSeparator(int k) =>
            k < count && (toks[k].Kind == TokKind.Dash || (toks[k].Kind == TokKind.Other && text[toks[k].Start] == '/'));

        private static bool ValidDay(int day, int month) =>
            month is >= 1 and <= 12 && day >= 1 && day <= (month == 2 ? 29 : month is 4 or 6 or 9 or 11 ? 30 : 31);

        private bool TryNumber(int k, out int value, out int after)
        {
            value = 0;
            after = k;
            if (IsNumber(k) && toks[k].Digits is >= 1 and <= 3 && !toks[k].Flag)
            {
                value = toks[k].Value;
                after = k + 1;
                return true;
            }

            if (L(k) is Lex.NumberWord or Lex.A)
            {
                value = toks[k].Value;
                after = k + 1;

                // twenty-one
                if (value is >= 20 and < 100 && value % 10 == 0 && Is(k + 1, TokKind.Dash) && L(k + 2) == Lex.NumberWord &&
                    toks[k + 2].Value < 10)
                {
                    value += toks[k + 2].Value;
                    after = k + 3;
                }

                return true;
            }

            return false;
        }

        private static bool IsUnit(Lex lex) => lex is Lex.Day or Lex.Week or Lex.Fortnight or Lex.Month_ or Lex.Year;

        private bool TryRelative(int k, ref RawDate raw, out int next)
        {
            next = k;
            Lex a = L(k);
            Lex b = L(k + 1);
            Lex c = L(k + 2);

            // today / yesterday / tomorrow / tonight
            if (a is Lex.Today or Lex.Yesterday or Lex.Tomorrow or Lex.Tonight)
            {
                raw = Rel(RelUnit.Day, a == Lex.Yesterday ? -1 : a == Lex.Tomorrow ? 1 : 0, deictic: true);
                next = k + 1;
                return true;
            }

            // Later that day / Earlier that month
            if (a is Lex.Later or Lex.Earlier && b == Lex.That && UnitOf(k + 2, out var u1))
            {
                raw = Rel(u1, 0);
                next = k + 3;
                return true;
            }

            // that day / that night / that month / that year
            if (a == Lex.That && UnitOf(k + 1, out var u2))
            {
                raw = Rel(u2, 0);
                next = k + 2;
                return true;
            }

            // late last month / early next year / mid this month
            if (a is Lex.Early or Lex.Mid or Lex.Late && b is Lex.This or Lex.Last or Lex.Next && c is Lex.Month_ or Lex.Year &&
                toks[k + 2].Value == 0)
            {
                raw = Rel(c == Lex.Month_ ? RelUnit.Month : RelUnit.Year, b == Lex.Last ? -1 : b == Lex.Next ? 1 : 0, deictic: true);
                raw.RelPart = a switch { Lex.Early => PartOf.Early, Lex.Mid => PartOf.Mid, _ => PartOf.Late };
                next = k + 3;
                return true;
            }

            // earlier this month / later this year: the document's present
            if (a is Lex.Later or Lex.Earlier && b == Lex.This && L(k + 2) is Lex.Month_ or Lex.Year && toks[k + 2].Value == 0)
            {
                raw = Rel(L(k + 2) == Lex.Month_ ? RelUnit.Month : RelUnit.Year, 0, deictic: true);
                next = k + 3;
                return true;
            }

            // later in the month / earlier in the year: the anchor's month or year
            if (a is Lex.Later or Lex.Earlier && b == Lex.In && c == Lex.The && L(k + 3) is Lex.Month_ or Lex.Year && toks[k + 3].Value == 0)
            {
                raw = Rel(L(k + 3) == Lex.Month_ ? RelUnit.Month : RelUnit.Year, 0);
                next = k + 4;
                return true;
            }

            // this month / this year / last month / next year / this week / last week / next week
            if (a is Lex.This or Lex.Last or Lex.Next && b is Lex.Month_ or Lex.Year or Lex.Week && toks[k + 1].Value == 0)
            {
                int off = a == Lex.Last ? -1 : a == Lex.Next ? 1 : 0;
                // weeks are the seven days up to today (this week), before it (last week) or after it (next week)
                raw = b == Lex.Week
                    ? new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = off switch { 0 => -6, < 0 => -7, _ => 1 }, Count = 7, Deictic = true }
                    : Rel(b == Lex.Month_ ? RelUnit.Month : RelUnit.Year, off, deictic: true);

                next = k + 2;
                return true;
            }

            // (in/over) the past three days / the last two weeks: up to the document's present
            {
                int pk = a == Lex.The ? k + 1 : k;
                if (L(pk) is Lex.Past or Lex.Last && TryNumber(pk + 1, out int pn, out int pa) && L(pk + 1) != Lex.A &&
                    pn is > 1 and < 1000 && L(pa) is Lex.Day or Lex.Week && toks[pa].Value == 1)
                {
                    int days = L(pa) == Lex.Week ? pn * 7 : pn;
                    raw = new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = -days, Count = days + 1, Deictic = true };
                    next = pa + 1;
                    return true;
                }
            }

            // this morning / this evening (news: today) / last night (yesterday)
            if (a is Lex.This or Lex.Last && b == Lex.TimeOfDay && !Span(k + 1).Equals("hours", StringComparison.OrdinalIgnoreCase))
            {
                raw = Rel(RelUnit.Day, a == Lex.Last ? -1 : 0, deictic: true);
                next = k + 2;
                return true;
            }

            // 24 hours later / 48 hours earlier: whole days when the count is a multiple of a day, else the two days it spans
            if (TryNumber(k, out int hn, out int ha) && hn is > 0 and < 1000 && L(k) != Lex.A &&
                (L(ha) == Lex.Hour || (L(ha) == Lex.TimeOfDay && Span(ha).Equals("hours", StringComparison.OrdinalIgnoreCase))) &&
                L(ha + 1) is Lex.Later or Lex.Earlier or Lex.Afterwards or Lex.Ago)
            {
                int sign = L(ha + 1) is Lex.Later or Lex.Afterwards ? 1 : -1;
                int whole = hn / 24;
                raw = hn % 24 == 0
                    ? Rel(RelUnit.Day, sign * whole)
                    : new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = sign > 0 ? whole : -whole - 1, Count = 2 };
                raw.Deictic = L(ha + 1) == Lex.Ago;
                next = ha + 2;
                return true;
            }

            // a few days later / several days later / a couple of days later
            {
                int fk = a == Lex.A ? k + 1 : k;
                int spanFirst = 0;
                int spanLast = 0;
                int ak = -1;
                if (L(fk) == Lex.Few && (fk == k + 1 || toks[fk].Value == 3) && L(fk + 1) == Lex.Day && toks[fk + 1].Value == 1)
                {
                    (spanFirst, spanLast) = toks[fk].Value == 2 ? (2, 4) : (3, 7);
                    ak = fk + 2;
                }
                else if (a == Lex.A && b == Lex.Couple && c == Lex.Of && L(k + 3) == Lex.Day && toks[k + 3].Value == 1)
                {
                    (spanFirst, spanLast) = (2, 2);
                    ak = k + 4;
                }

                if (ak > 0 && L(ak) is Lex.Later or Lex.After or Lex.Afterwards or Lex.Earlier or Lex.Before or Lex.Prior or Lex.Ago)
                {
                    bool forward = L(ak) is Lex.Later or Lex.After or Lex.Afterwards;
                    raw = new RawDate
                    {
                        Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = forward ? spanFirst : -spanLast,
                        Count = spanLast - spanFirst + 1, Deictic = L(ak) == Lex.Ago,
                    };
                    next = ak + 1;
                    return true;
                }
            }

            // on Monday / Friday's attack, but not a title ("Sunday Times")
            if (a == Lex.Weekday && toks[k].Flag &&
                !(k + 1 < count && toks[k + 1].Kind == TokKind.Word && char.IsUpper(text[toks[k + 1].Start]) && toks[k + 1].Lex != Lex.Month))
            {
                raw = new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Weekday, Offset = toks[k].Value };
                next = k + 1;
                return true;
            }

            if (a == Lex.The)
            {
                // the same day
                if (b == Lex.Same && UnitOf(k + 2, out var u3))
                {
                    raw = Rel(u3, 0);
                    next = k + 3;
                    return true;
                }

                // the next day / the following morning / the next month / the following two days
                if (b is Lex.Next or Lex.Following or Lex.Previous or Lex.Prior or Lex.Last)
                {
                    int sign = b is Lex.Next or Lex.Following ? 1 : -1;
                    if (UnitOf(k + 2, out var u4) && toks[k + 2].Value == 0)
                    {
                        raw = Rel(u4, sign);
                        if (L(k + 2) == Lex.Week)
                        {
                            raw = new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = sign > 0 ? 1 : -7, Count = 7 };
                        }

                        next = k + 3;
                        return true;
                    }

                    if (TryNumber(k + 2, out int n, out int an) && n is > 0 and < 100 && L(an) == Lex.Day && toks[an].Value == 1)
                    {
                        raw = new RawDate { Kind = RawKind.Relative, Unit = RelUnit.Day, Offset = sign > 0 ? 1 : -n, Count = n };
                        next = an + 1;
                        return true;
                    }
                }

                // the day before / the night before / the day after
                if (UnitOf(k + 1, out var u5) && u5 == RelUnit.Day && toks[k + 1].Value == 0 &&
                    c is Lex.Before or Lex.Earlier or Lex.After)
                {
                    raw = Rel(RelUnit.Day, c == Lex.After ? 1 : -1);
                    next = k + 3;
                    return true;
                }

                // the second day of (the) fighting
                if (b == Lex.Ordinal && c == Lex.Day && L(k + 3) == Lex.Of && TryEventNoun(k + 4, out int ae))
                {
                    raw = new RawDate { Kind = RawKind.EventDay, Offset = toks[k + 1].Value - 1 };
                    next = ae;
                    return true;
                }

                // the start of the offensive / the beginning of the ISIL offensive
                if (b is Lex.Start or Lex.Beginning or Lex.Outbreak && c == Lex.Of && TryEventNoun(k + 3, out int ae2))
                {
                    raw = new RawDate { Kind = RawKind.EventDay, Offset = 0 };
                    next = ae2;
                    return true;
                }

                // the end of the month / the beginning of that month / the middle of the year
                if (b is Lex.Start or Lex.Beginning or Lex.End or Lex.Middle && c == Lex.Of &&
                    L(k + 3) is Lex.The or Lex.That && L(k + 4) is Lex.Month_ or Lex.Year && toks[k + 4].Value == 0)
                {
                    raw = Rel(L(k + 4) == Lex.Month_ ? RelUnit.Month : RelUnit.Year, 0);
                    raw.RelPart = b == Lex.End ? PartOf.Late : b == Lex.Middle ? PartOf.Mid : PartOf.Early;
                    next = k + 5;
                    return true;
                }
            }

            // two days later / a week later / three days earlier / two days ago
            if (TryNumber(k, out int num, out int afterNum) && num is > 0 and < 1000 && IsUnit(L(afterNum)))
            {
                Lex unit = L(afterNum);
                bool plural = toks[afterNum].Value == 1;
                if ((num == 1 && plural) || (num > 1 && !plural))
                {
                    return false; // "one days", "two day": not a relative date
                }

                Lex dir = L(afterNum + 1);
                if (dir is Lex.Later or Lex.After or Lex.Afterwards or Lex.Earlier or Lex.Before or Lex.Prior or Lex.Ago)
                {
                    // "two days after the attack" / "two days before the vote": counted from an event, not a date
                    if (dir is Lex.After or Lex.Before && NextStartsDate(afterNum + 2) == false &&
                        afterNum + 2 < count && toks[afterNum + 2].Kind == TokKind.Word)
                    {
                        return false;
                    }

                    int sign = dir is Lex.Later or Lex.After or Lex.Afterwards ? 1 : -1;
                    raw = unit switch
                    {
                        Lex.Day => Rel(RelUnit.Day, sign * num),
                        Lex.Week => Rel(RelUnit.Day, sign * num * 7),
                        Lex.Fortnight => Rel(RelUnit.Day, sign * num * 14),
                        Lex.Month_ => Rel(RelUnit.Month, sign * num),
                        _ => Rel(RelUnit.Year, sign * num),
                    };
                    raw.Deictic = dir == Lex.Ago;
                    next = afterNum + 2;
                    return true;
                }
            }

            return false;
        }

        private bool NextStartsDate(int k) => IsNumber(k) || L(k) is Lex.Month or Lex.The or Lex.That;

        private bool TryEventNoun(int k, out int after)
        {
            after = k;
            int m = k;
            if (L(m) is Lex.The or Lex.That or Lex.This)
            {
                m++;
            }

            for (int w = 0; w <= MaxEventWords && m < count; w++, m++)
            {
                if (L(m) == Lex.EventNoun)
                {
                    after = m + 1;
                    return true;
                }

                if (toks[m].Kind != TokKind.Word && toks[m].Kind != TokKind.Dash)
                {
                    return false;
                }
            }

            return false;
        }

        private bool UnitOf(int k, out RelUnit unit)
        {
            unit = RelUnit.Day;
            switch (L(k))
            {
                case Lex.Day when toks[k].Value == 0:
                case Lex.TimeOfDay:
                    unit = RelUnit.Day;
                    return !Span(k).Equals("hours", StringComparison.OrdinalIgnoreCase);
                case Lex.Month_ when toks[k].Value == 0:
                    unit = RelUnit.Month;
                    return true;
                case Lex.Year when toks[k].Value == 0:
                    unit = RelUnit.Year;
                    return true;
                default:
                    return false;
            }
        }

        private static RawDate Rel(RelUnit unit, int offset, bool deictic = false) =>
            new() { Kind = RawKind.Relative, Unit = unit, Offset = offset, Deictic = deictic };

        /// <summary>Durations: "three months", "two and a half years", "2 years, 2 weeks and 5 days".</summary>
        private bool TryDuration(int k, ref RawDate raw, out int next)
        {
            next = k;
            int years = 0, months = 0, weeks = 0, days = 0;
            int m = k;
            int parts = 0;
            while (true)
            {
                if (!TryNumber(m, out int n, out int an) || L(m) == Lex.A)
                {
                    break;
                }

                bool half = false;
                if (L(an) == Lex.And && (L(an + 1) == Lex.Half || (L(an + 1) == Lex.A && L(an + 2) == Lex.Half)))
                {
                    half = true;
                    an = L(an + 1) == Lex.Half ? an + 2 : an + 3;
                }

                if (!IsUnit(L(an)))
                {
                    break;
                }

                switch (L(an))
                {
                    case Lex.Year:
                        years += n;
                        months += half ? 6 : 0;
                        break;
                    case Lex.Month_:
                        months += n;
                        days += half ? 15 : 0;
                        break;
                    case Lex.Week:
                        weeks += n;
                        days += half ? 3 : 0;
                        break;
                    case Lex.Fortnight:
                        weeks += 2 * n;
                        break;
                    default:
                        days += n;
                        break;
                }

                parts++;
                m = an + 1;

                // ", 2 weeks" / "and 5 days"
                int c = m;
                if (Is(c, TokKind.Comma))
                {
                    c++;
                }

                if (L(c) == Lex.And)
                {
                    c++;
                }

                if (c != m && parts < 8 && TryNumber(c, out _, out int an2) && IsUnit(L(an2)) && L(c) != Lex.A)
                {
                    m = c;
                    continue;
                }

                break;
            }

            if (parts == 0)
            {
                return false;
            }

            // "two days later" is relative, not a duration (handled before), "two days after the attack" stays a duration
            raw = new RawDate
            {
                Kind = RawKind.Duration,
                Duration = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build(),
                End = toks[m - 1].End,
                DurationSince = L(m) == Lex.Since && !NextStartsDate(m + 1),
            };
            next = m;
            return true;
        }
    }
}
