using NodaTime;

namespace ConflictModel;

public static partial class Edtf
{
    /// <summary>Parses an EDTF string into an uncertain date (see the type remarks for the mapping). Never throws.</summary>
    /// <param name="text">The text, for example <c>2014-05?</c>, <c>2014-03-11/2014-03-20</c> or <c>[..2014-04-26]</c>.</param>
    /// <returns>The value, or a failure with the 0-based position of the problem and a message.</returns>
    public static ParseResult<UncertainDate> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<UncertainDate>.ForFailure(0, EdtfMessages.Empty);
        }

        var s = new Scanner(text);
        return text[0] == '[' ? ParseSet(ref s) : ParseDateOrInterval(ref s);
    }

    /// <summary>Parses an EDTF interval into a period: <c>start/end</c>, where an empty or <c>..</c> start is an unknown
    /// start, an empty end is an unknown end and a <c>..</c> end is ongoing. Never throws.</summary>
    /// <param name="text">The text, for example <c>2014-04-10/2014-07-14</c> or <c>2014-01-02/..</c>.</param>
    /// <returns>The value, or a failure with the 0-based position of the problem and a message.</returns>
    public static ParseResult<UncertainPeriod> ParsePeriod(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<UncertainPeriod>.ForFailure(0, EdtfMessages.Empty);
        }

        var s = new Scanner(text);
        UncertainDate start = default;
        if (!s.TryConsume("..") && s.Peek != '/')
        {
            if (!TryUnit(ref s, out var a, out int pos, out string? error))
            {
                return ParseResult<UncertainPeriod>.ForFailure(pos, error!);
            }

            start = a.ToDate();
        }

        if (!s.TryConsume('/'))
        {
            return ParseResult<UncertainPeriod>.ForFailure(s.Position, EdtfMessages.ExpectedInterval);
        }

        if (s.AtEnd)
        {
            return ParseResult<UncertainPeriod>.ForValue(new UncertainPeriod(start, null));
        }

        if (s.TryConsume(".."))
        {
            return s.AtEnd
                ? ParseResult<UncertainPeriod>.ForValue(new UncertainPeriod(start, null, isOngoing: true))
                : ParseResult<UncertainPeriod>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
        }

        int endAt = s.Position;
        if (!TryUnit(ref s, out var b, out int bpos, out string? berror))
        {
            return ParseResult<UncertainPeriod>.ForFailure(bpos, berror!);
        }

        if (!s.AtEnd)
        {
            return ParseResult<UncertainPeriod>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
        }

        if (start.Earliest is { } first && b.Last < first)
        {
            return ParseResult<UncertainPeriod>.ForFailure(endAt, EdtfMessages.EndBeforeStart);
        }

        return ParseResult<UncertainPeriod>.ForValue(new UncertainPeriod(start, b.ToDate()));
    }

    private static ParseResult<UncertainDate> ParseDateOrInterval(ref Scanner s)
    {
        // Open or unknown start: "../b", "/b", "../..", "/".
        if (s.Peek == '/' || s.LookingAt(".."))
        {
            if (!s.TryConsume(".."))
            {
                // unknown start: nothing to consume before '/'
            }

            if (!s.TryConsume('/'))
            {
                return ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
            }

            if (s.AtEnd || (s.TryConsume("..") && s.AtEnd))
            {
                return ParseResult<UncertainDate>.ForValue(default);
            }

            if (!TryUnit(ref s, out var end, out int epos, out string? eerror))
            {
                return ParseResult<UncertainDate>.ForFailure(epos, eerror!);
            }

            return s.AtEnd
                ? ParseResult<UncertainDate>.ForValue(new UncertainDate(null, end.Last, end.Precision, end.StatedAs))
                : ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
        }

        if (!TryUnit(ref s, out var a, out int pos, out string? error))
        {
            return ParseResult<UncertainDate>.ForFailure(pos, error!);
        }

        if (s.AtEnd)
        {
            return ParseResult<UncertainDate>.ForValue(a.ToDate());
        }

        if (!s.TryConsume('/'))
        {
            return ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
        }

        if (s.AtEnd || (s.TryConsume("..") && s.AtEnd))
        {
            return ParseResult<UncertainDate>.ForValue(new UncertainDate(a.First, null, a.Precision, a.StatedAs));
        }

        int endAt = s.Position;
        if (!TryUnit(ref s, out var b, out int bpos, out string? berror))
        {
            return ParseResult<UncertainDate>.ForFailure(bpos, berror!);
        }

        if (!s.AtEnd)
        {
            return ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
        }

        if (b.Last < a.First)
        {
            return ParseResult<UncertainDate>.ForFailure(endAt, EdtfMessages.EndBeforeStart);
        }

        if (a.StatedAs != b.StatedAs)
        {
            return ParseResult<UncertainDate>.ForFailure(b.QualifierPosition, EdtfMessages.QualifiersDiffer);
        }

        var (first, last) = (a.First, b.Last);
        if (a.StatedAs == DateStatedAs.Exact && MonthPartOf(first, last) is { } part)
        {
            return ParseResult<UncertainDate>.ForValue(new UncertainDate(first, last, DatePrecision.MonthPart, part));
        }

        return ParseResult<UncertainDate>.ForValue(
            new UncertainDate(first, last, UncertainDate.PrecisionForSpan(first, last), a.StatedAs));
    }

    private static ParseResult<UncertainDate> ParseSet(ref Scanner s)
    {
        s.TryConsume('[');
        if (s.TryConsume(".."))
        {
            if (!TrySetUnit(ref s, out var bound, out int pos, out string? error))
            {
                return ParseResult<UncertainDate>.ForFailure(pos, error!);
            }

            return CloseSet(ref s, new UncertainDate(null, bound.Last, bound.Precision, DateStatedAs.OnOrBefore));
        }

        if (!TrySetUnit(ref s, out var a, out int apos, out string? aerror))
        {
            return ParseResult<UncertainDate>.ForFailure(apos, aerror!);
        }

        if (!s.TryConsume(".."))
        {
            return ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.ExpectedSetRange);
        }

        if (s.Peek == ']')
        {
            return CloseSet(ref s, new UncertainDate(a.First, null, a.Precision, DateStatedAs.OnOrAfter));
        }

        int endAt = s.Position;
        if (!TrySetUnit(ref s, out var b, out int bpos, out string? berror))
        {
            return ParseResult<UncertainDate>.ForFailure(bpos, berror!);
        }

        if (b.Last < a.First)
        {
            return ParseResult<UncertainDate>.ForFailure(endAt, EdtfMessages.EndBeforeStart);
        }

        var precision = a.Kind == b.Kind && a.Kind is UnitKind.Month or UnitKind.Year
            ? a.Precision
            : UncertainDate.PrecisionForSpan(a.First, b.Last);
        return CloseSet(ref s, new UncertainDate(a.First, b.Last, precision, DateStatedAs.OneOfRange));
    }

    private static ParseResult<UncertainDate> CloseSet(ref Scanner s, UncertainDate value)
    {
        if (!s.TryConsume(']'))
        {
            return ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.ExpectedSetClose);
        }

        return s.AtEnd
            ? ParseResult<UncertainDate>.ForValue(value)
            : ParseResult<UncertainDate>.ForFailure(s.Position, EdtfMessages.UnexpectedText);
    }

    private static bool TrySetUnit(ref Scanner s, out Unit unit, out int errorPosition, out string? error)
    {
        if (!TryUnit(ref s, out unit, out errorPosition, out error))
        {
            return false;
        }

        if (unit.StatedAs != DateStatedAs.Exact)
        {
            (errorPosition, error) = (unit.QualifierPosition, EdtfMessages.QualifierInSet);
            return false;
        }

        return true;
    }

    private static DateStatedAs? MonthPartOf(LocalDate first, LocalDate last)
    {
        if (first.Year != last.Year || first.Month != last.Month)
        {
            return null;
        }

        return (first.Day, last.Day) switch
        {
            (1, 10) => DateStatedAs.EarlyOfMonth,
            (11, 20) => DateStatedAs.MidOfMonth,
            (21, _) when IsEndOfMonth(last) => DateStatedAs.LateOfMonth,
            _ => null,
        };
    }

    /// <summary>Reads one date: <c>YYYY</c>, <c>YYYX</c>, <c>YYXX</c>, <c>YYYY-MM</c>, <c>YYYY-XX</c>, <c>YYYY-SS</c>
    /// (season), <c>YYYY-MM-DD</c>, <c>YYYY-MM-XX</c>, <c>YYYY-XX-XX</c>, each optionally followed by <c>~ ? %</c>.</summary>
    private static bool TryUnit(ref Scanner s, out Unit unit, out int errorPosition, out string? error)
    {
        unit = default;
        int start = s.Position;
        int year = 0, known = 0, unspecified = 0;
        for (int i = 0; i < 4; i++)
        {
            char c = s.Peek;
            if (c is >= '0' and <= '9' && unspecified == 0)
            {
                year = (year * 10) + (c - '0');
                known++;
            }
            else if (c == 'X')
            {
                unspecified++;
            }
            else
            {
                return Fail(s.Position, c is >= '0' and <= '9' ? EdtfMessages.UnspecifiedYear : EdtfMessages.ExpectedYear, out errorPosition, out error);
            }

            s.Advance();
        }

        if (unspecified > 2)
        {
            return Fail(start, EdtfMessages.UnspecifiedYear, out errorPosition, out error);
        }

        if (s.Peek is >= '0' and <= '9')
        {
            return Fail(s.Position, EdtfMessages.ExpectedYear, out errorPosition, out error);
        }

        LocalDate first, last;
        DatePrecision precision;
        UnitKind kind;
        if (unspecified > 0)
        {
            if (s.Peek == '-')
            {
                return Fail(s.Position, EdtfMessages.UnspecifiedNotTrailing, out errorPosition, out error);
            }

            int span = unspecified == 1 ? 10 : 100;
            int firstYear = year * span;
            first = new LocalDate(firstYear, 1, 1);
            last = new LocalDate(firstYear + span - 1, 12, 31);
            (precision, kind) = (DatePrecision.Year, UnitKind.Unspecified);
        }
        else if (!s.TryConsume('-'))
        {
            (first, last, precision, kind) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year, UnitKind.Year);
        }
        else
        {
            int monthAt = s.Position;
            if (!TryTwo(ref s, out int month, out bool monthX))
            {
                return Fail(monthAt, EdtfMessages.ExpectedMonth, out errorPosition, out error);
            }

            if (monthX)
            {
                if (s.TryConsume('-'))
                {
                    int dayAt = s.Position;
                    if (!TryTwo(ref s, out _, out bool dayX) || !dayX)
                    {
                        return Fail(dayAt, EdtfMessages.UnspecifiedNotTrailing, out errorPosition, out error);
                    }

                    precision = DatePrecision.Day;
                }
                else
                {
                    precision = DatePrecision.Month;
                }

                (first, last, kind) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), UnitKind.Unspecified);
            }
            else if (month is >= 21 and <= 24)
            {
                if (s.Peek == '-')
                {
                    return Fail(s.Position, EdtfMessages.SeasonHasNoDay, out errorPosition, out error);
                }

                if (year > 9998)
                {
                    return Fail(start, EdtfMessages.YearOutOfRange, out errorPosition, out error);
                }

                (first, last) = SeasonBounds(year, month);
                (precision, kind) = (DatePrecision.Season, UnitKind.Season);
            }
            else if (month is < 1 or > 12)
            {
                return Fail(monthAt, EdtfMessages.MonthOutOfRange, out errorPosition, out error);
            }
            else if (!s.TryConsume('-'))
            {
                first = new LocalDate(year, month, 1);
                last = first.With(DateAdjusters.EndOfMonth);
                (precision, kind) = (DatePrecision.Month, UnitKind.Month);
            }
            else
            {
                int dayAt = s.Position;
                if (!TryTwo(ref s, out int day, out bool dayX))
                {
                    return Fail(dayAt, EdtfMessages.ExpectedDay, out errorPosition, out error);
                }

                if (dayX)
                {
                    first = new LocalDate(year, month, 1);
                    last = first.With(DateAdjusters.EndOfMonth);
                    (precision, kind) = (DatePrecision.Day, UnitKind.Unspecified);
                }
                else if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    return Fail(dayAt, EdtfMessages.DayOutOfRange, out errorPosition, out error);
                }
                else
                {
                    first = last = new LocalDate(year, month, day);
                    (precision, kind) = (DatePrecision.Day, UnitKind.Day);
                }
            }
        }

        int qualifierAt = s.Position;
        var statedAs = s.Peek switch
        {
            '~' => DateStatedAs.Approximate,
            '?' => DateStatedAs.Uncertain,
            '%' => DateStatedAs.ApproximateAndUncertain,
            _ => DateStatedAs.Exact,
        };
        if (statedAs != DateStatedAs.Exact)
        {
            s.Advance();
        }

        unit = new Unit(first, last, precision, statedAs, kind, qualifierAt);
        (errorPosition, error) = (-1, null);
        return true;
    }

    private static bool TryTwo(ref Scanner s, out int value, out bool unspecified)
    {
        (value, unspecified) = (0, false);
        char a = s.Peek, b = s.PeekAt(1);
        if (a == 'X' && b == 'X')
        {
            unspecified = true;
        }
        else if (a is >= '0' and <= '9' && b is >= '0' and <= '9')
        {
            value = ((a - '0') * 10) + (b - '0');
        }
        else
        {
            return false;
        }

        s.Advance();
        s.Advance();
        return !(s.Peek is >= '0' and <= '9' or 'X');
    }

    private static bool Fail(int position, string message, out int errorPosition, out string? error)
    {
        (errorPosition, error) = (position, message);
        return false;
    }

    private enum UnitKind
    {
        Day,
        Month,
        Year,
        Season,
        Unspecified,
    }

    private readonly record struct Unit(LocalDate First, LocalDate Last, DatePrecision Precision, DateStatedAs StatedAs, UnitKind Kind, int QualifierPosition)
    {
        public UncertainDate ToDate() => new(First, Last, Precision, StatedAs);
    }

    /// <summary>A cursor over the text; reading past the end yields '\0'.</summary>
    private struct Scanner(string text)
    {
        public int Position { get; private set; }

        public readonly bool AtEnd => Position >= text.Length;

        public readonly char Peek => Position < text.Length ? text[Position] : '\0';

        public readonly char PeekAt(int offset) => Position + offset < text.Length ? text[Position + offset] : '\0';

        public readonly bool LookingAt(string token) => string.CompareOrdinal(text, Position, token, 0, token.Length) == 0;

        public void Advance() => Position++;

        public bool TryConsume(char c)
        {
            if (Peek != c)
            {
                return false;
            }

            Position++;
            return true;
        }

        public bool TryConsume(string token)
        {
            if (Position + token.Length > text.Length || !LookingAt(token))
            {
                return false;
            }

            Position += token.Length;
            return true;
        }
    }
}
