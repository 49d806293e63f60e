using ConflictModel.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Formats;

/// <summary>The vectorised or allocation-free helpers of the readers agree with their plain definitions.</summary>
public sealed class ReaderHelperTests
{
    private static readonly char[] Alphabet = ['a', 'Z', ' ', '\n', '\r', '\t', '\0', '\u0001', '\u001F', '\u000B', '\uFFFD', '\u00A0', '\u2009', '–', '\uFFFE'];

    private static Gen<string> Text =>
        from n in Gen.Frequency((2, Gen.Choose(0, 40)), (1, Gen.Choose(0, 300)))
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), n)
        select new string(chars);

    [Fact]
    public void Binary_marks_are_counted_like_a_plain_loop()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Text.ToArbitrary(), s =>
            PlainBody.CountBinaryMarks(s) == s.Count(c => (c < ' ' && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD')));
    }

    [Fact]
    public void Binary_marks_count_examples()
    {
        Assert.Equal(0, PlainBody.CountBinaryMarks("plain\ttext\r\nwith lines\n"));
        Assert.Equal(3, PlainBody.CountBinaryMarks(new string('x', 70) + "\0\u0001" + new string('y', 33) + "\uFFFD"));
    }

    [Fact]
    public void Normalize_collapses_blanks_like_a_plain_loop()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Text.ToArbitrary(), s =>
        {
            var words = new List<string>();
            var word = new System.Text.StringBuilder();
            foreach (var c in s)
            {
                if (Blank.Is(c) || c is '\n' or '\r')
                {
                    if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }
                }
                else
                {
                    word.Append(c);
                }
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
            }

            return Blank.Normalize(s) == string.Join(' ', words);
        }));
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\t', true)]
    [InlineData('\v', true)]
    [InlineData('\f', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u2009', true)]
    [InlineData('\u200B', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u3000', true)]
    [InlineData('\n', false)]
    [InlineData('\r', false)]
    [InlineData('a', false)]
    [InlineData('@', false)]
    [InlineData('`', false)]
    [InlineData('–', false)]
    public void Blank_characters(char c, bool blank) => Assert.Equal(blank, Blank.Is(c));
}
