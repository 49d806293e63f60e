namespace ConflictModel.Recognition;

/// <summary>Cuts a long text into pieces of about <c>target</c> characters at line breaks (or, inside a very long
/// line, after a sentence end or at a space), so that recognisers working token by token keep their buffers small
/// (no large-object-heap arrays) and their memory local. Names and numbers never span the cut points chosen.</summary>
internal static class TextChunks
{
    public const int Target = 8192;

    /// <summary>A list for the mentions of a text of <paramref name="length"/> characters: long texts start with
    /// room for about one mention per 80 characters (capped), so the list seldom regrows and copies.</summary>
    public static List<T> ResultList<T>(int length) =>
        length >= 4096 ? new List<T>(Math.Min(length / 80, 1 << 20)) : new List<T>();

    public static IEnumerable<(int Start, int Length)> Split(string text, int target = Target)
    {
        int start = 0;
        int n = text.Length;
        while (start < n)
        {
            if (n - start <= target)
            {
                yield return (start, n - start);
                yield break;
            }

            int limit = start + target;
            int cut = text.LastIndexOf('\n', limit - 1, limit - start);
            if (cut <= start)
            {
                // one long line: cut after a sentence end, else at a space, looking back from the limit, then forward
                cut = FindBreak(text, start, limit);
            }

            cut = Math.Min(n, cut + 1);
            yield return (start, cut - start);
            start = cut;
        }
    }

    private static int FindBreak(string text, int start, int limit)
    {
        int low = start + (limit - start) / 2;
        for (int i = limit - 1; i > low; i--)
        {
            if (text[i] == ' ' && (text[i - 1] == '.' || text[i - 1] == ';'))
            {
                return i;
            }
        }

        for (int i = limit - 1; i > low; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        for (int i = limit; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return text.Length - 1;
    }
}
