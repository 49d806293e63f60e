namespace ConflictModel.Recognition;

/// <content>Scope phrases: "since X", "by X", "between X and Y", "from X until Y", "during the previous N days".</content>
public sealed partial class CasualtyRecognizer
{
    /// <summary>Finds scope phrases: "since X", "by X", "between X and Y Month", "from X until Y", "during the previous
    /// N days", "as of X", "throughout X".</summary>
    private static List<(int First, int End)> FindScopes(LexedText t, List<NumberHit> hits, int[] clauses)
    {
        var scopes = new List<(int, int)>();

        int n = t.Count;
        for (int i = 0; i < n; i++)
        {
            // every rule below starts on one of the ScopeStart words
            if (!t.Is(i, WordClass.ScopeStart) || !t.IsWord(i))
            {
                continue;
            }

            string w = t.W(i);
            string nx = t.W(i + 1);
            string nx2 = t.W(i + 2);
            // only "by" and "throughout" need to know whether a date follows
            bool dateNext = w is "by" or "throughout" && (t.IsNumber(i + 1) || t.Is(i + 1, WordClass.Month) || nx is "early" or "mid" or "late" or "then" or "mid-" or "now"
                || (nx is "the" or "this" or "that" && (nx2 is "end" or "start" or "beginning" or "middle" or "close" or "time" or "stage" or "point" or "evening" or "morning" or "night" or "afternoon" or "summer" or "winter" or "spring" or "autumn" or "fall" or "date" || QuantityLexicon.DurationNouns.Contains(nx2))));
            int end = -1;
            if (w == "since" || (w == "by" && dateNext) || (w == "as" && nx == "of") || (w == "throughout" && dateNext))
            {
                end = ScopeEnd(t, hits, clauses, i + 1);
            }
            else if (w is "between" or "from" && (t.IsNumber(i + 1) || t.Is(i + 1, WordClass.Month)) && !StartsHit(hits, i + 1))
            {
                int j = i + 1;
                int month = -1;
                while (j < n && j - i < 12 && !t.IsPunct(j, ',') && !t.IsPunct(j, ';') && !StartsHit(hits, j))
                {
                    if (t.Is(j, WordClass.Month))
                    {
                        month = j;
                    }

                    if (month >= 0 && j > month && !(t.IsNumber(j) || t.IsDash(j) || t.W(j) is "and" or "to" or "until" or "till" || t.Is(j, WordClass.Month)))
                    {
                        break;
                    }

                    j++;
                }

                if (month >= 0)
                {
                    end = j;
                    while (end > i + 1 && !(t.IsNumber(end - 1) || t.Is(end - 1, WordClass.Month)))
                    {
                        end--;
                    }
                }
            }
            else if (w is "during" or "over" or "in" or "within" or "for" && nx == "the" && t.W(i + 2) is "previous" or "past" or "last" or "first" or "next" or "following" or "preceding")
            {
                int j = i + 3;
                while (j < n && j - i < 7 && !(t.Is(j, WordClass.CasualtyContent) && QuantityLexicon.DurationNouns.Contains(t.W(j))))
                {
                    j++;
                }

                if (j < n && QuantityLexicon.DurationNouns.Contains(t.W(j)))
                {
                    end = j + 1;
                }
            }

            if (end > i + 1)
            {
                scopes.Add((i, end));
                i = end - 1;
            }
        }

        return scopes;
    }

    private static int ScopeEnd(LexedText t, List<NumberHit> hits, int[] clauses, int from)
    {
        int j = from;
        int clause = clauses[Math.Min(from, clauses.Length - 1)];
        while (j < t.Count && j - from < 10)
        {
            if (t.IsPunct(j) && !(t.IsDash(j) || t.IsPunct(j, '.')))
            {
                break;
            }

            if (clauses[j] != clause || StartsHit(hits, j))
            {
                break;
            }

            string w = t.W(j);
            if (t.IsWord(j) && (t.Is(j, WordClass.Auxiliary) && w is not ("to" or "all" or "both" or "each") && !t.Is(j, WordClass.Month) || CasualtyWords.IsCue(t, j, out _) && w is not ("capture" or "death")
                || w is "led" or "left" or "saw" or "resulted" or "caused" or "brought" or "according" or "while" or "and" or "killing"))
            {
                break;
            }

            j++;
        }

        while (j > from && t.IsPunct(j - 1))
        {
            j--;
        }

        return j;
    }
}
