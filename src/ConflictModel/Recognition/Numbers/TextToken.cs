namespace ConflictModel.Recognition;

/// <summary>The kind of a <see cref="TextToken"/>.</summary>
internal enum TextTokenKind : byte
{
    /// <summary>A run of letters, possibly with inner apostrophes.</summary>
    Word,
    /// <summary>A run of digits with optional thousands groups (<c>1,112</c>) or a decimal part (<c>2.5</c>).</summary>
    Number,
    /// <summary>Digits glued to letters (<c>17th</c>, <c>T2</c>, <c>46th</c>): never a count.</summary>
    AlphaNumeric,
    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}

/// <summary>A token of a text: a kind and a half-open character range. Immutable.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Kind">The kind.</param>
/// <param name="SpaceBefore">Whether blank space (or the start of the text) comes before the token.</param>
/// <param name="Plain">A word that starts with an ASCII letter and holds only ASCII letters, ASCII digits and straight
/// apostrophes (<c>'</c>): its lower-cased form is each character with its 0x20 bit set.</param>
internal readonly record struct TextToken(int Start, int End, TextTokenKind Kind, bool SpaceBefore, bool Plain = false)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TextTokenKind.Word;

    public bool IsNumber => Kind == TextTokenKind.Number;

    public bool IsPunct(string text, char c) => Kind == TextTokenKind.Punct && text[Start] == c;
}

/// <summary>A linear, allocation-light tokenizer shared by the quantity recognisers.</summary>
internal static class Tokenizer
{
    /// <summary>Splits <paramref name="text"/> into tokens. Whitespace is dropped; every other character belongs to
    /// exactly one token. Linear in the input.</summary>
    public static List<TextToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokenizes the characters from <paramref name="from"/> up to <paramref name="to"/> of
    /// <paramref name="text"/>; token offsets are offsets in <paramref name="text"/>.</summary>
    public static List<TextToken> Tokenize(string text, int from, int to)
    {
        int length = to - from;
        // tokens go to a per-thread scratch buffer first, then into a list of the exact size: no list regrowth
        var scratch = t_scratch;
        if (scratch is null || scratch.Length < length + 1)
        {
            scratch = length < MaxScratch ? new TextToken[Math.Max(256, length + 1)] : new TextToken[(length / 3) + 16];
            if (scratch.Length <= MaxScratch)
            {
                t_scratch = scratch;
            }
        }

        int count = 0;
        int i = from;
        int n = to;
        bool space = true;
        while (i < n)
        {
            char c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < n && char.IsDigit(text[i]))
                {
                    i++;
                }

                // thousands groups: ",ddd" not followed by another digit; a decimal part ".d+"
                while (i < n && text[i] == ',' && IsGroup(text, i + 1, n))
                {
                    i += 4;
                }

                if (i + 1 < n && text[i] == '.' && char.IsDigit(text[i + 1]))
                {
                    i += 2;
                    while (i < n && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                var kind = TextTokenKind.Number;
                if (i < n && char.IsLetter(text[i]))
                {
                    kind = TextTokenKind.AlphaNumeric;
                    while (i < n && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                }

                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }

                scratch[count++] = new TextToken(start, i, kind, space);
            }
            else if (char.IsLetter(c))
            {
                bool hasDigit = false;
                bool plain = c < 128;
                i++;
                while (i < n)
                {
                    if (i <= n - 8)
                    {
                        // ASCII letters eight at a time; the scalar tests below see the first other character
                        int letters = AsciiLetterRun(text, i);
                        i += letters;
                        if (letters == 8)
                        {
                            continue;
                        }
                    }

                    char d = text[i];
                    if (d < 128)
                    {
                        // the ASCII cases of the general tests below, without their calls
                        if (IsAsciiLetter(d))
                        {
                            i++;
                        }
                        else if (char.IsAsciiDigit(d))
                        {
                            hasDigit = true;
                            i++;
                        }
                        else if ((d == '\'' || d == '`') && i + 1 < n && char.IsLetter(text[i + 1]))
                        {
                            plain &= d == '\'' && text[i + 1] < 128;
                            i += 2;
                        }
                        else
                        {
                            break;
                        }
                    }
                    else if (char.IsLetter(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                    {
                        plain = false;
                        i++;
                    }
                    else if (char.IsDigit(d))
                    {
                        plain = false;
                        hasDigit = true;
                        i++;
                    }
                    else if (IsApostrophe(d) && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        plain = false;
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }

                scratch[count++] = new TextToken(start, i, hasDigit ? TextTokenKind.AlphaNumeric : TextTokenKind.Word, space, plain);
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < n && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }

                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }

                scratch[count++] = new TextToken(start, i, TextTokenKind.Punct, space);
            }

            space = false;
        }

        var tokens = new List<TextToken>(Math.Max(4, count));
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(tokens, count);
        scratch.AsSpan(0, count).CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        return tokens;
    }

    /// <summary>The largest scratch buffer kept per thread (tokens); longer texts use a buffer of their own.</summary>
    private const int MaxScratch = 1 << 14;

    [ThreadStatic]
    private static TextToken[]? t_scratch;

    private static bool IsAsciiLetter(char c) => unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a';

    /// <summary>The number of ASCII letters (0 to 8) that begin the eight characters of <paramref name="text"/> from
    /// <paramref name="at"/> (which must all exist): one vector compare, the same test as <see cref="IsAsciiLetter"/>
    /// on each.</summary>
    internal static int AsciiLetterRun(string text, int at)
    {
        ref ushort c0 = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.CompilerServices.Unsafe.AsRef(in text.GetPinnableReference()));
        var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref c0, (nuint)at);
        var offset = (v | System.Runtime.Intrinsics.Vector128.Create((ushort)0x20)) - System.Runtime.Intrinsics.Vector128.Create((ushort)'a');
        uint letters = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.LessThanOrEqual(offset, System.Runtime.Intrinsics.Vector128.Create((ushort)('z' - 'a'))));
        return System.Numerics.BitOperations.TrailingZeroCount(~letters);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or 'ʼ' or '`' or '´';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‐' or '‑' or '−';

    private static bool IsGroup(string text, int at, int end) =>
        at + 2 < end
        && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 >= end || !char.IsDigit(text[at + 3]));
}
