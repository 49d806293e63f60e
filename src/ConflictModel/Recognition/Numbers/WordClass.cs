namespace ConflictModel.Recognition;

/// <summary>Classes of a lower-cased token text, computed once per distinct word by the lexer so that the hot loops of
/// the recognisers test a bit instead of looking the word up in a set. Each class is exactly membership of the word
/// in the named lexicon (or lexicons). The lexer keeps bit 15 (0x8000) for itself: no class may use it.</summary>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>In <see cref="QuantityLexicon.Months"/>.</summary>
    Month = 1,

    /// <summary>In <see cref="QuantityLexicon.ClauseBreakWords"/>.</summary>
    ClauseBreak = 2,

    /// <summary>A key of <see cref="AttributionWords.ReportingVerbs"/>.</summary>
    ReportingVerb = 4,

    /// <summary>May start a number in words ("a", "an", units, tens, scales).</summary>
    NumberStart = 8,

    /// <summary>Starts a phrase of <see cref="VagueQuantityLexicon.Default"/>.</summary>
    DefaultVagueStart = 16,

    /// <summary>In <see cref="QuantityLexicon.RoleNouns"/>.</summary>
    RoleNoun = 32,

    /// <summary>May open a scope phrase of the casualty recogniser ("since", "by", "as of", "between", "during the
    /// previous", ...): exactly the words its scope finder tests first.</summary>
    ScopeStart = 64,

    /// <summary>A denial verb ("denied", "rejected", ...) or "was": exactly the words the casualty recogniser's
    /// denial and single-person rules start from.</summary>
    DenialOrWas = 128,

    /// <summary>An Arabic article of names (<see cref="EntityKey.IsArticle"/>).</summary>
    NameArticle = 256,

    /// <summary>A key of <see cref="CasualtyWords.Cues"/>.</summary>
    CasualtyCue = 512,

    /// <summary>In <see cref="CasualtyWords.NpBreak"/>.</summary>
    NpBreak = 1024,

    /// <summary>In <see cref="QuantityLexicon.Auxiliaries"/>.</summary>
    Auxiliary = 2048,

    /// <summary>A word the number scanner tests next to each number: in <see cref="QuantityLexicon.TimeWords"/>,
    /// <see cref="QuantityLexicon.UnitNumberWords"/> or <see cref="NumberRecognizer.HedgeLastWords"/>.</summary>
    NumberContext = 4096,

    /// <summary>In one of the casualty recogniser's content-word lists: <see cref="CasualtyWords.Strength"/>,
    /// <see cref="CasualtyWords.StrengthBackward"/>, <see cref="CasualtyWords.Population"/>,
    /// <see cref="CasualtyWords.PopulationBackward"/>, <see cref="CasualtyWords.Control"/>,
    /// <see cref="CasualtyWords.Materiel"/>, <see cref="CasualtyWords.SingularPersons"/>,
    /// <see cref="CasualtyWords.Nationalities"/>, <see cref="CasualtyWords.UpdateVerbs"/>,
    /// <see cref="QuantityLexicon.AttackNouns"/> or <see cref="QuantityLexicon.DurationNouns"/>: a word without it is in
    /// none of them, so their lookups are skipped.</summary>
    CasualtyContent = 8192,

    /// <summary>In <see cref="CasualtyWords.Prepositions"/> or <see cref="CasualtyWords.AsideStarters"/>.</summary>
    CasualtyFunction = 16384,
}

/// <summary>Computes <see cref="WordClass"/>es.</summary>
internal static class WordClasses
{
    public static WordClass Of(string w)
    {
        if (w.Length == 0)
        {
            return WordClass.None;
        }

        var c = WordClass.None;
        if (QuantityLexicon.Months.Contains(w))
        {
            c |= WordClass.Month;
        }

        if (QuantityLexicon.ClauseBreakWords.Contains(w))
        {
            c |= WordClass.ClauseBreak;
        }

        if (AttributionWords.ReportingVerbs.ContainsKey(w))
        {
            c |= WordClass.ReportingVerb;
        }

        if (NumberRecognizer.MayStartNumberWord(w))
        {
            c |= WordClass.NumberStart;
        }

        if (VagueQuantityLexicon.Default.StartsPhrase(w))
        {
            c |= WordClass.DefaultVagueStart;
        }

        if (QuantityLexicon.RoleNouns.Contains(w))
        {
            c |= WordClass.RoleNoun;
        }

        if (w is "since" or "by" or "as" or "throughout" or "between" or "from" or "during" or "over" or "in" or "within" or "for")
        {
            c |= WordClass.ScopeStart;
        }

        if (w is "denied" or "denies" or "deny" or "denying" or "rejected" or "refuted" or "was")
        {
            c |= WordClass.DenialOrWas;
        }

        if (EntityKey.IsArticle(w))
        {
            c |= WordClass.NameArticle;
        }

        if (CasualtyWords.Cues.ContainsKey(w))
        {
            c |= WordClass.CasualtyCue;
        }

        if (CasualtyWords.NpBreak.Contains(w))
        {
            c |= WordClass.NpBreak;
        }

        if (QuantityLexicon.Auxiliaries.Contains(w))
        {
            c |= WordClass.Auxiliary;
        }

        if (QuantityLexicon.TimeWords.Contains(w) || QuantityLexicon.UnitNumberWords.Contains(w) || NumberRecognizer.HedgeLastWords.Contains(w))
        {
            c |= WordClass.NumberContext;
        }

        if (CasualtyWords.Strength.Contains(w) || CasualtyWords.StrengthBackward.Contains(w) || CasualtyWords.Population.Contains(w)
            || CasualtyWords.PopulationBackward.Contains(w) || CasualtyWords.Control.Contains(w) || CasualtyWords.Materiel.Contains(w)
            || CasualtyWords.SingularPersons.Contains(w) || CasualtyWords.Nationalities.Contains(w) || CasualtyWords.UpdateVerbs.Contains(w)
            || QuantityLexicon.AttackNouns.Contains(w) || QuantityLexicon.DurationNouns.Contains(w))
        {
            c |= WordClass.CasualtyContent;
        }

        if (CasualtyWords.Prepositions.Contains(w) || CasualtyWords.AsideStarters.Contains(w))
        {
            c |= WordClass.CasualtyFunction;
        }

        return c;
    }
}
