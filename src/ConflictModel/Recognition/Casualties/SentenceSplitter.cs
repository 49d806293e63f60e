namespace ConflictModel.Recognition;

/// <summary>A linear sentence splitter for English prose: a sentence ends at <c>. ! ?</c> (and closing quotes or
/// brackets after them) followed by whitespace and a capital letter, digit or opening quote, unless the period ends
/// a common abbreviation or an initial; line breaks always end a sentence.</summary>
internal static class SentenceSplitter
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = QuantityLexicon.Set(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "col", "gen", "lt", "maj",
        "capt", "brig", "mr", "mrs", "ms", "dr", "st", "no", "sgt", "gov", "sen", "rep", "prof", "vs", "etc", "approx",
        "est", "lt.col", "adm", "cpl", "pvt", "mt", "ft", "jr", "sr", "inc", "co", "corp", "fig", "vol");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(".!?\n\r");

    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        int start = 0;
        int n = text.Length;
        for (int i = 0; i < n; i++)
        {
            // jump to the next character that can end a sentence (vectorised search)
            int skip = text.AsSpan(i).IndexOfAny(Enders);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (HasContent(text, start, i))
                {
                    yield return Trim(text, start, i);
                }

                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            int j = i + 1;
            while (j < n && text[j] is '"' or '”' or '’' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j >= n || !char.IsWhiteSpace(text[j]) || text[j] is '\n' or '\r')
            {
                continue;
            }

            int k = j;
            while (k < n && text[k] is ' ' or '\t' or '\u00A0')
            {
                k++;
            }

            if (k >= n || !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '('))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            if (HasContent(text, start, j))
            {
                yield return Trim(text, start, j);
            }

            start = j;
        }

        if (HasContent(text, start, n))
        {
            yield return Trim(text, start, n);
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        if (dot - s == 1 && char.IsUpper(text[s]))
        {
            return true; // an initial: "J. Smith", "U.S."
        }

        var word = text.AsSpan(s, dot - s);
        if (word.Contains('.'))
        {
            return true;
        }

        if (word.Length > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return AbbreviationLookup.Contains(lower);
    }

    private static bool HasContent(string text, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static (int, int) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return (s, e - s);
    }
}
