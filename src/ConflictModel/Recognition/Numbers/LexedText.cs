namespace ConflictModel.Recognition;

/// <summary>A text with its tokens and their lower-cased forms, built once per recogniser call.</summary>
internal sealed class LexedText
{
    private static readonly string[] AsciiPunct = BuildAsciiPunct();

    public LexedText(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Lower = new string[Tokens.Count];
        for (int i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.Kind == TextTokenKind.Punct)
            {
                char c = text[t.Start];
                Lower[i] = t.Length == 1 && c < 128 ? AsciiPunct[c] : text.Substring(t.Start, t.Length);
            }
            else if (t.Kind == TextTokenKind.Number)
            {
                Lower[i] = text.Substring(t.Start, t.Length);
            }
            else
            {
                Lower[i] = string.Create(t.Length, (text, t.Start), static (span, st) =>
                {
                    st.text.AsSpan(st.Start, span.Length).ToLowerInvariant(span);
                    for (int k = 0; k < span.Length; k++)
                    {
                        if (Tokenizer.IsApostrophe(span[k]))
                        {
                            span[k] = '\'';
                        }
                    }
                });
            }
        }
    }

    public string Text { get; }

    public List<TextToken> Tokens { get; }

    /// <summary>Lower-cased word text (apostrophes folded to ASCII), the digits of numbers, or the punctuation.</summary>
    public string[] Lower { get; }

    public int Count => Tokens.Count;

    public string W(int i) => i >= 0 && i < Lower.Length ? Lower[i] : string.Empty;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Number;

    public bool IsPunct(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Punct;

    public bool IsPunct(int i, char c) => IsPunct(i) && Text[Tokens[i].Start] == c;

    public bool IsDash(int i) => IsPunct(i) && Tokenizer.IsDash(Text[Tokens[i].Start]);

    public bool IsQuote(int i) => IsPunct(i) && Text[Tokens[i].Start] is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsAllCaps(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var t = Tokens[i];
        for (int k = t.Start; k < t.End; k++)
        {
            if (char.IsLetter(Text[k]) && !char.IsUpper(Text[k]))
            {
                return false;
            }
        }

        return true;
    }

    public string Slice(int firstToken, int endToken)
    {
        if (endToken <= firstToken || firstToken < 0 || endToken > Tokens.Count)
        {
            return string.Empty;
        }

        return Text.Substring(Tokens[firstToken].Start, Tokens[endToken - 1].End - Tokens[firstToken].Start);
    }

    public TextSpan SpanOf(int firstToken, int endToken) =>
        endToken <= firstToken ? new TextSpan(Tokens.Count == 0 ? 0 : Tokens[Math.Min(firstToken, Tokens.Count - 1)].Start, 0)
        : TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    private static string[] BuildAsciiPunct()
    {
        var a = new string[128];
        for (int i = 0; i < 128; i++)
        {
            a[i] = ((char)i).ToString();
        }

        return a;
    }
}
