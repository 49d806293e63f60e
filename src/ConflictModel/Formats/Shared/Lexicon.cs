namespace ConflictModel.Formats;

/// <summary>Small generic word lists used to LOCATE things (never to compute values).</summary>
internal static class Lexicon
{
    private static readonly HashSet<string> MonthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    };

    private static readonly HashSet<string> WeekdayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.",
    };

    public static bool IsMonth(string word) => MonthWords.Contains(word.TrimEnd(','));

    public static bool IsWeekday(string word) => WeekdayWords.Contains(word.TrimEnd(','));

    /// <summary>Span form of <see cref="IsMonth(string)"/>.</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => MonthLookup.Contains(word.TrimEnd(','));

    /// <summary>Span form of <see cref="IsWeekday(string)"/>.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => WeekdayLookup.Contains(word.TrimEnd(','));

    /// <summary>A token that is a year (1000–2999).</summary>
    public static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && (w[0] == '1' || w[0] == '2') && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]);

    /// <summary>An ISO date token yyyy-mm-dd.</summary>
    public static bool IsIsoDate(ReadOnlySpan<char> w) => w.Length == 10 && IsYear(w[..4]) && w[4] == '-' && w[7] == '-'
        && char.IsAsciiDigit(w[5]) && char.IsAsciiDigit(w[6]) && char.IsAsciiDigit(w[8]) && char.IsAsciiDigit(w[9]);

    /// <summary>Whether a short segment looks like a date (contains a year or ISO date and at most 6 words).</summary>
    public static bool LooksLikeDate(string s)
    {
        // the words are the non-empty space-separated pieces; no copies
        int count = 0;
        bool year = false;
        var rest = s.AsSpan();
        while (true)
        {
            int k = 0;
            while (k < rest.Length && rest[k] == ' ')
            {
                k++;
            }

            rest = rest[k..];
            if (rest.Length == 0)
            {
                break;
            }

            int sp = rest.IndexOf(' ');
            var w = sp < 0 ? rest : rest[..sp];
            rest = sp < 0 ? default : rest[sp..];
            if (++count > 6)
            {
                return false;
            }

            var t = w.TrimEnd(",.");
            if (IsYear(t) || IsIsoDate(t))
            {
                year = true;
            }
            else if (!(MonthLookup.Contains(t.TrimEnd(',')) || WeekdayLookup.Contains(t.TrimEnd(',')) || (t.Length <= 2 && !t.ContainsAnyExceptInRange('0', '9'))))
            {
                return false;
            }
        }

        return count > 0 && year;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = WeekdayWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a whole line is only a date or date range ("10 April – 14 July 2014", "2 January 2014 – ongoing"):
    /// used to find an infobox date whose label is missing. Locates; never computes the date.</summary>
    public static bool LooksLikeDateRange(string s)
    {
        if (s.Length > 80)
        {
            return false;
        }

        bool year = false;
        int tokens = 0;
        foreach (var raw in s.Split([' ', '–', '—', '-', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            var t = raw.TrimEnd('.');
            if (IsYear(t) || IsIsoDate(raw))
            {
                year = true;
            }
            else if (!(IsMonth(raw) || IsMonth(t) || (t.Length <= 2 && t.All(char.IsAsciiDigit)) || t is "ongoing" or "present" or "c" or "circa" or "()"))
            {
                return false;
            }
        }

        return year && tokens >= 1;
    }

    private static readonly string[] LossWords = ["killed", "wounded", "captured", "dead", "missing", "casualties", "injured", "executed", "deaths"];

    /// <summary>Whether a line reads as a casualty cell ("120 killed …", "Total: 1,200 killed"): used when the
    /// "Casualties and losses" label is missing.</summary>
    public static bool LooksLikeLossLine(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiDigit(s[0]) || s.StartsWith("Total", StringComparison.Ordinal)))
        {
            return false;
        }

        var lower = s.ToLowerInvariant();
        return LossWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Whether a parenthesised qualifier reads as a time scope ("by 9 March", "2–3 May; 20 May–4 June").</summary>
    public static bool LooksLikePeriod(string s)
    {
        var lower = s.ToLowerInvariant();
        if (lower.StartsWith("by ", StringComparison.Ordinal) || lower.StartsWith("since ", StringComparison.Ordinal)
            || lower.StartsWith("as of ", StringComparison.Ordinal) || lower.StartsWith("until ", StringComparison.Ordinal)
            || lower.StartsWith("from ", StringComparison.Ordinal) || lower.StartsWith("between ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var raw in s.Split([' ', '–', '-', ';', ',', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsMonth(raw) || IsYear(raw.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SharedCasualtyWords =
        ["civilian", "unidentified", "unknown", "total", "additional", "both sides", "overall", "in all", "non-combatant"];

    public static bool IsSharedCasualtyLine(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var w in SharedCasualtyWords)
        {
            if (lower.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ResultWords =
        ["victory", "defeat", "stalemate", "inconclusive", "ongoing", "withdraw", "ceasefire", "cease-fire", "captures", "captured", "truce", "retreat", "success", "failure", "repelled", "status quo"];

    public static bool LooksLikeResult(string text)
    {
        var lower = text.ToLowerInvariant();
        return ResultWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Well-known news publishers, to find a publisher glued to a title in an unquoted reference.</summary>
    public static readonly string[] Publishers =
    [
        "The Washington Post", "The New York Times", "The Guardian", "The Independent", "The Telegraph", "The Daily Star",
        "The Daily Beast", "The Wall Street Journal", "The National", "The Times", "Reuters", "Associated Press", "AFP",
        "Agence France-Presse", "BBC News", "BBC", "CNN", "Al Jazeera", "Al-Jazeera", "Al Jazeera English", "Al Arabiya",
        "Al-Monitor", "Al-Masdar News", "Al Masdar News", "Asharq Al-Awsat", "Daily Star", "Long War Journal", "NOW Lebanon",
        "Syria Direct", "SANA", "RT", "Sputnik", "Haaretz", "Hürriyet Daily News", "Today's Zaman", "Rudaw", "ARA News",
        "Kurdistan24", "Middle East Eye", "Middle East Monitor", "Financial Times", "The Economist", "Newsweek", "Time",
        "Los Angeles Times", "USA Today", "Fox News", "NBC News", "CBS News", "ABC News", "McClatchy", "Voice of America",
        "France 24", "Deutsche Welle", "Der Spiegel", "Le Monde", "Yahoo News", "Business Insider", "Vice News",
        "The Huffington Post", "Huffington Post", "Foreign Policy", "National Post", "Daily Mail", "The Jerusalem Post",
        "Jerusalem Post", "Times of Israel", "The Times of Israel", "Press TV", "Xinhua", "Anadolu Agency", "ANHA",
    ];
}
