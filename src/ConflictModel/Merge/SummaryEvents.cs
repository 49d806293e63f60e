namespace ConflictModel.Merge;

/// <summary>
/// Recognises reports of a whole campaign (an offensive, a war) rather than of one happening in it: such a report
/// may summarise or contain detailed events but is never the same event as one of them.
/// </summary>
/// <remarks>Pure and thread-safe; a linear scan of at most the first words of the sentence.</remarks>
public static class SummaryEvents
{
    /// <summary>The number of days from which an offensive or conflict counts as lasting (four weeks).</summary>
    public const int LongPeriodDays = 28;

    // Nouns naming a campaign as a whole. A lead sentence defines its subject with one of them: "The 2015 X
    // offensive was an offensive by …", "Operation Y was a military operation launched …".
    private static readonly HashSet<string> CampaignNouns = new(
        ["offensive", "offensives", "campaign", "war", "conflict", "operation", "insurgency", "uprising", "intervention", "counteroffensive", "counter-offensive"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Copulas = new(["was", "is", "were", "are"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CampaignNounLookup = CampaignNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaLookup = Copulas.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after which the complement's head noun can no longer come ("a major blow to the offensive").
    private static readonly HashSet<string> Stops = new(
        ["to", "of", "for", "against", "by", "in", "on", "at", "from", "with", "into", "during", "after", "before", "that", "which", "and", "but", "as"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stops.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxSubjectWords = 14;
    private const int MaxComplementWords = 6;

    /// <summary>Returns whether <paramref name="e"/> reports a whole campaign: an <see cref="EventKind.Offensive"/>
    /// or <see cref="EventKind.Conflict"/> whose period is open ("by 10 June", "since April", ongoing) or lasts at
    /// least <see cref="LongPeriodDays"/> days, or any event read from a sentence that defines a campaign (its main
    /// clause opens with "… was/is a(n) … offensive/campaign/war/conflict/operation …").</summary>
    /// <param name="e">The event.</param>
    /// <param name="longDays">The number of days from which a period is long; <see cref="LongPeriodDays"/> when 0 or
    /// less.</param>
    /// <returns>Whether it is a campaign-level report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is <see langword="null"/>.</exception>
    public static bool IsSummary(ConflictEvent e, int longDays = LongPeriodDays)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (longDays <= 0)
        {
            longDays = LongPeriodDays;
        }

        if (e.Kind is EventKind.Offensive or EventKind.Conflict)
        {
            if (e.Period is { IsOngoing: true })
            {
                return true;
            }

            var when = e.When;
            if (when.Earliest is not { } start || when.Latest is not { } end)
            {
                return when.Earliest is not null || when.Latest is not null;
            }

            if (Days.Of(end) - Days.Of(start) + 1 >= longDays)
            {
                return true;
            }
        }

        return DefinesCampaign(e.Evidence.Sentence);
    }

    /// <summary>Returns whether a sentence's main clause defines a campaign: within its first words a copula
    /// (was, is, were, are) not preceded by a comma, then an optional article, then within a few words and before
    /// any preposition or conjunction a campaign noun (offensive, campaign, war, conflict, operation, insurgency,
    /// uprising, intervention).</summary>
    /// <param name="sentence">The sentence, or <see langword="null"/>.</param>
    /// <returns>Whether it defines a campaign.</returns>
    public static bool DefinesCampaign(string? sentence)
    {
        if (string.IsNullOrEmpty(sentence))
        {
            return false;
        }

        var text = sentence.AsSpan();
        int pos = 0;
        int words = 0;
        int complement = -1; // words read after the copula, -1 before it
        Span<char> lower = stackalloc char[32];
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c is ',' or ';' or ':' or '.' && complement < 0)
            {
                return false; // the copula must be in the opening main clause
            }

            if (!char.IsLetter(c))
            {
                pos++;
                continue;
            }

            int start = pos;
            while (pos < text.Length && (char.IsLetter(text[pos]) || text[pos] == '-'))
            {
                pos++;
            }

            var word = text[start..pos];
            if (word.Length > lower.Length)
            {
                word = word[..lower.Length];
            }

            int n = word.ToLowerInvariant(lower);
            ReadOnlySpan<char> key = lower[..n];
            if (complement < 0)
            {
                if (CopulaLookup.Contains(key) && words > 0)
                {
                    complement = 0;
                }
                else if (++words > MaxSubjectWords)
                {
                    return false;
                }

                continue;
            }

            if (CampaignNounLookup.Contains(key))
            {
                return true;
            }

            if (StopLookup.Contains(key) || ++complement > MaxComplementWords)
            {
                return false;
            }
        }

        return false;
    }
}
