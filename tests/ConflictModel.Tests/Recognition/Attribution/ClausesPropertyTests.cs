using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition.Attribution;

/// <summary>The clause numbering (one pass over the token array, one switch on the kind) and the claim-cue scan
/// (words skipped by their length and class) give what their plain definitions give.</summary>
public sealed class ClausesPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] Pieces =
    [
        "while", "While", "but", "whereas", "and", ";", ".", ". ", ",", "Jan", "Col", "U", "S", "no", "The", "the", "army",
        "SOHR", "said", "Said", "reported", "claimed", "according", "According", "to", "it", "It", "was", "were", "reported",
        "citing", "quoting", "AFP", "Reuters", "officials", "denied", "12", "soldiers", "killed", "a", "military", "source",
        "activists", " ", " ", " ", "-", "\u2019", "(", ")",
    ];

    [Fact]
    public void Clause_ids_equal_the_plain_definition()
    {
        var gen = from parts in Gen.ArrayOf(Gen.Elements(Pieces))
                  select string.Join(' ', parts);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var t = new LexedText(text);
            Assert.Equal(Plain(t), Clauses.Compute(t));
        }));
    }

    [Fact]
    public void Claim_cues_with_the_precheck_equal_the_plain_scan()
    {
        var gen = from parts in Gen.ArrayOf(Gen.Elements(Pieces))
                  select string.Join(' ', parts);
        int found = 0;
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var t = new LexedText(text);
            var clauses = Clauses.Compute(t);
            var fast = AttributionRecognizer.Default.FindCues(t, clauses);
            var plain = AttributionRecognizer.Default.FindCues(t, clauses, precheck: false);
            Assert.Equal(plain, fast);
            found += fast.Count;
        }));
        Assert.True(found > 50, $"only {found} cues");
    }

    private static int[] Plain(LexedText t)
    {
        var ids = new int[t.Count];
        int clause = 0;
        for (int i = 0; i < t.Count; i++)
        {
            if (t.IsPunct(i, ';') || (t.IsWord(i) && QuantityLexicon.ClauseBreakWords.Contains(t.W(i)))
                || (t.IsPunct(i, '.') && i + 1 < t.Count && t.Tokens[i + 1].SpaceBefore && t.IsCapitalized(i + 1)
                    && !(t.W(i - 1) is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
                        or "col" or "gen" or "lt" or "maj" or "capt" or "brig" or "mr" or "dr" or "st" or "no" or "u" or "s" or "sgt")))
            {
                clause++;
            }

            ids[i] = clause;
        }

        return ids;
    }
}
