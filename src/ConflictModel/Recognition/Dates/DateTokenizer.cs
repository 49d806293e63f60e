using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ConflictModel.Recognition;

/// <summary>The kind of a <see cref="DateToken"/>.</summary>
internal enum TokKind : byte
{
    Word,
    Number,
    Dash,
    Comma,
    Dot,
    Open,
    Close,
    Other,
}

/// <summary>A token of the date scanner: a word (letters and inner apostrophes), a run of digits (with thousands
/// separators, decimals and an ordinal suffix folded in), a dash, or one other character.</summary>
internal struct DateToken
{
    public int Start;
    public int End;
    public TokKind Kind;
    public Lex Lex;

    /// <summary>For numbers: the value when it has at most 6 plain digits, else -1. For words: the lexicon value.</summary>
    public int Value;

    /// <summary>For numbers: the count of digits (0 when separators or decimals make it not a plain integer).</summary>
    public byte Digits;

    /// <summary>For words: the first letter is upper case. For numbers: carries an ordinal suffix (10th).</summary>
    public bool Flag;

    /// <summary>Whitespace precedes the token.</summary>
    public bool SpaceBefore;
}

/// <summary>Splits a text into <see cref="DateToken"/>s in one left-to-right pass (linear time, no regular
/// expressions). Arrays come from the shared pool; <see cref="Return"/> gives them back.</summary>
internal static class DateTokenizer
{
    public static DateToken[] Tokenize(string text, out int count)
    {
        var tokens = ArrayPool<DateToken>.Shared.Rent(Math.Max(16, (text.Length / 4) + 8));
        int used = 0;
        int i = 0;
        int n = text.Length;
        bool space = true;
        var classes = CharClasses;
        unchecked
        {
            while (i < n)
            {
                char c = text[i];
                byte cls = c < 128 ? classes[c] : ClassOf(c);
                if (cls == Blank)
                {
                    space = true;
                    i++;
                    continue;
                }

                // the token is built in place (a pooled array holds old tokens: cleared first); building it on the stack
                // and copying it in stalls on the copy's wide load of fields just stored one by one
                if (used == tokens.Length)
                {
                    tokens = Grow(tokens, used);
                }

                ref var t = ref tokens[used];
                t = default;
                t.Start = i;
                t.SpaceBefore = space;
                space = false;
                if (cls == Letter)
                {
                    // an ASCII word of up to 15 letters: its end found from 16 characters at once (no branch per
                    // letter to mispredict at the word's end) and its lexicon key taken from the same loads
                    int j = i + 1;
                    ulong lo = 0, hi = 0;
                    int len = c < 128 && i + 16 <= n ? AsciiLetterRun(text, i, out lo, out hi) : 0;
                    char d = len is > 0 and < 16 ? text[i + len] : '\0';
                    if (len is > 0 and < 16 && d < 128 && d != '\'')
                    {
                        j = i + len;
                        t.Flag = char.IsAsciiLetterUpper(c);
                        var (lex, value) = DateLexicon.ClassifyWide(lo, hi);
                        t.Lex = lex;
                        t.Value = value;
                    }
                    else
                    {
                        j = WordEnd(text, len > 0 ? i + len : j);
                        t.Flag = char.IsUpper(c);
                        var (lex, value) = DateLexicon.Classify(text.AsSpan(i, j - i));
                        t.Lex = lex;
                        t.Value = value;
                    }

                    t.Kind = TokKind.Word;
                    t.End = j;
                    i = j;
                }
                else if (cls == Digit)
                {
                    i = ScanNumber(text, i, ref t);
                }
                else
                {
                    t.End = i + 1;
                    t.Kind = c < 128 ? AsciiKinds[c] : PunctKind(c);
                    i++;
                }

                used++;
            }
        }

        count = used;
        return tokens;
    }

    private const byte Punct = 0;
    private const byte Blank = 1;
    private const byte Letter = 2;
    private const byte Digit = 3;

    /// <summary>The class of each ASCII character (blank, letter, digit or other), as <see cref="ClassOf"/>.</summary>
    private static readonly byte[] CharClasses = BuildCharClasses();

    private static byte ClassOf(char c) =>
        char.IsWhiteSpace(c) ? Blank : char.IsLetter(c) ? Letter : char.IsAsciiDigit(c) ? Digit : Punct;

    private static byte[] BuildCharClasses()
    {
        var classes = new byte[128];
        for (int c = 0; c < classes.Length; c++)
        {
            classes[c] = ClassOf((char)c);
        }

        return classes;
    }

    private static DateToken[] Grow(DateToken[] tokens, int used)
    {
        var bigger = ArrayPool<DateToken>.Shared.Rent(tokens.Length * 2);
        Array.Copy(tokens, bigger, used);
        ArrayPool<DateToken>.Shared.Return(tokens);
        return bigger;
    }

    /// <summary>The count (0..16) of ASCII letters that begin the 16 characters at <paramref name="i"/> (which must
    /// exist), and those letters in lower case, one per byte in text order, zero after them (the key of
    /// <see cref="DateLexicon.ClassifyWide"/>: bytes 0..7 in <paramref name="lo"/>, 8..15 in <paramref name="hi"/>).</summary>
    private static int AsciiLetterRun(string text, int i, out ulong lo, out ulong hi)
    {
        ref ushort r0 = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var case20 = Vector128.Create((ushort)0x20);
        var l0 = Vector128.LoadUnsafe(ref r0, (nuint)i) | case20;
        var l1 = Vector128.LoadUnsafe(ref r0, (nuint)(i + 8)) | case20;

        // unsigned: below 'a' wraps around; no character of 128 or more lands in 'a'..'z' once 0x20 is set
        var a = Vector128.Create((ushort)'a');
        var letterCount = Vector128.Create((ushort)26);
        uint letters = Vector128.LessThan(l0 - a, letterCount).ExtractMostSignificantBits() |
                       (Vector128.LessThan(l1 - a, letterCount).ExtractMostSignificantBits() << 8);
        int len = BitOperations.TrailingZeroCount(~letters);
        var bytes = Vector128.Narrow(l0 & Vector128.Create((ushort)0xFF), l1 & Vector128.Create((ushort)0xFF)) &
                    Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)len));
        var words = bytes.AsUInt64();
        lo = words.GetElement(0);
        hi = words.GetElement(1);
        return len;
    }

    /// <summary>The end of the word whose letters run on at <paramref name="j"/> (letters and inner apostrophes).</summary>
    private static int WordEnd(string text, int j)
    {
        int n = text.Length;
        while (j < n)
        {
            char d = text[j];
            if (char.IsLetter(d))
            {
                j++;
            }
            else if ((d == '\'' || d == '\u2019') && j + 1 < n && char.IsLetter(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>The kind of each ASCII character that is neither a letter, a digit nor a blank (a table rather than a
    /// switch: no indirect jump to mispredict).</summary>
    private static readonly TokKind[] AsciiKinds = BuildAsciiKinds();

    private static TokKind PunctKind(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => TokKind.Dash,
        ',' => TokKind.Comma,
        '.' => TokKind.Dot,
        '(' or '[' => TokKind.Open,
        ')' or ']' => TokKind.Close,
        _ => TokKind.Other,
    };

    private static TokKind[] BuildAsciiKinds()
    {
        var kinds = new TokKind[128];
        for (int c = 0; c < kinds.Length; c++)
        {
            kinds[c] = PunctKind((char)c);
        }

        return kinds;
    }

    public static void Return(DateToken[] tokens) => ArrayPool<DateToken>.Shared.Return(tokens);

    private static int ScanNumber(string text, int i, ref DateToken t)
    {
        int n = text.Length;
        int j = i;
        long value = 0;
        while (j < n && char.IsAsciiDigit(text[j]))
        {
            if (value < 100_000_000)
            {
                value = (value * 10) + (text[j] - '0');
            }

            j++;
        }

        int digits = j - i;
        bool plain = true;

        // thousands separators: ",ddd" groups (only when the first group has 1-3 digits)
        while (digits <= 3 && j < n && text[j] == ',' && IsDigits(text, j + 1, 3) &&
               (j + 4 >= n || !char.IsAsciiDigit(text[j + 4])))
        {
            plain = false;
            j += 4;
        }

        // decimals
        if (j + 1 < n && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            plain = false;
            j++;
            while (j < n && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        t.Kind = TokKind.Number;
        t.Value = plain && digits <= 6 ? (int)value : -1;
        t.Digits = plain ? (byte)Math.Min(digits, 255) : (byte)0;

        // ordinal suffix: 10th, 1st, 2nd, 3rd (lower case, not followed by a letter)
        if (plain && j + 1 < n && (j + 2 >= n || !char.IsLetter(text[j + 2])))
        {
            char a = text[j];
            char b = text[j + 1];
            if ((a == 't' && b == 'h') || (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd'))
            {
                t.Flag = true;
                j += 2;
            }
        }

        t.End = j;
        return j;
    }

    private static bool IsDigits(string text, int start, int length)
    {
        if (start + length > text.Length)
        {
            return false;
        }

        for (int k = start; k < start + length; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
