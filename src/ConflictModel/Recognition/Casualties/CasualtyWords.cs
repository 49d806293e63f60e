using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>The casualty, strength, population and control vocabulary of English conflict reporting.</summary>
internal static class CasualtyWords
{
    /// <summary>Words that say what a figure counts.</summary>
    public static readonly FrozenDictionary<string, CasualtyCategory> Cues = new Dictionary<string, CasualtyCategory>(StringComparer.Ordinal)
    {
        ["killed"] = CasualtyCategory.Killed, ["kill"] = CasualtyCategory.Killed, ["kills"] = CasualtyCategory.Killed,
        ["killing"] = CasualtyCategory.Killed, ["dead"] = CasualtyCategory.Killed, ["died"] = CasualtyCategory.Killed,
        ["die"] = CasualtyCategory.Killed, ["dies"] = CasualtyCategory.Killed, ["dying"] = CasualtyCategory.Killed,
        ["death"] = CasualtyCategory.Killed, ["deaths"] = CasualtyCategory.Killed, ["perished"] = CasualtyCategory.Killed,
        ["slain"] = CasualtyCategory.Killed, ["massacred"] = CasualtyCategory.Killed, ["massacring"] = CasualtyCategory.Killed,
        ["assassinated"] = CasualtyCategory.Killed, ["toll"] = CasualtyCategory.Killed, ["bodies"] = CasualtyCategory.Killed,
        ["fatalities"] = CasualtyCategory.Killed, ["martyred"] = CasualtyCategory.Killed, ["lost"] = CasualtyCategory.Killed,
        ["losing"] = CasualtyCategory.Killed,
        ["executed"] = CasualtyCategory.Executed, ["execute"] = CasualtyCategory.Executed, ["executing"] = CasualtyCategory.Executed,
        ["execution"] = CasualtyCategory.Executed, ["executions"] = CasualtyCategory.Executed, ["beheaded"] = CasualtyCategory.Executed,
        ["beheading"] = CasualtyCategory.Executed,
        ["wounded"] = CasualtyCategory.Wounded, ["wounding"] = CasualtyCategory.Wounded, ["injured"] = CasualtyCategory.Wounded,
        ["injuring"] = CasualtyCategory.Wounded, ["injuries"] = CasualtyCategory.Wounded, ["hurt"] = CasualtyCategory.Wounded,
        ["captured"] = CasualtyCategory.Captured, ["capturing"] = CasualtyCategory.Captured, ["capture"] = CasualtyCategory.Captured,
        ["missing"] = CasualtyCategory.Missing, ["unaccounted"] = CasualtyCategory.Missing, ["fate"] = CasualtyCategory.Missing,
        ["kidnapped"] = CasualtyCategory.Kidnapped, ["kidnapping"] = CasualtyCategory.Kidnapped, ["abducted"] = CasualtyCategory.Kidnapped,
        ["abducting"] = CasualtyCategory.Kidnapped,
        ["arrested"] = CasualtyCategory.Arrested, ["arresting"] = CasualtyCategory.Arrested, ["detained"] = CasualtyCategory.Arrested,
        ["detaining"] = CasualtyCategory.Arrested, ["arrests"] = CasualtyCategory.Arrested,
        ["displaced"] = CasualtyCategory.Displaced, ["displacing"] = CasualtyCategory.Displaced, ["fled"] = CasualtyCategory.Displaced,
        ["fleeing"] = CasualtyCategory.Displaced, ["flee"] = CasualtyCategory.Displaced, ["uprooted"] = CasualtyCategory.Displaced,
        ["casualties"] = CasualtyCategory.Casualties, ["losses"] = CasualtyCategory.Casualties,
        ["kia"] = CasualtyCategory.Killed, ["wia"] = CasualtyCategory.Wounded, ["mia"] = CasualtyCategory.Missing,
        ["pow"] = CasualtyCategory.Captured, ["pows"] = CasualtyCategory.Captured, ["prisoner"] = CasualtyCategory.Captured,
        ["defected"] = CasualtyCategory.Other, ["surrendered"] = CasualtyCategory.Captured,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Cue words that take an object when active ("rebels captured the town"): a figure before them needs
    /// a passive auxiliary or no object after them.</summary>
    public static readonly FrozenSet<string> Transitive = QuantityLexicon.Set(
        "killed", "kill", "kills", "killing", "executed", "execute", "executing", "wounded", "wounding", "injured", "injuring",
        "captured", "capturing", "capture", "kidnapped", "abducted", "arrested", "detained", "displaced", "massacred",
        "assassinated", "beheaded", "hurt", "lost", "losing");

    /// <summary>Nominal cues that never stand after their figure ("the death of", "the fate of", "death toll").</summary>
    public static readonly FrozenSet<string> BackwardOnly = QuantityLexicon.Set(
        "death", "deaths", "executions", "execution", "bodies", "fate", "toll", "capture", "arrests", "injuries");

    /// <summary>Nouns of equipment: a count of them in an infobox cell is a loss of materiel, not of people.</summary>
    public static readonly FrozenSet<string> Materiel = QuantityLexicon.Set(
        "tanks", "tank", "vehicles", "vehicle", "aircraft", "helicopters", "helicopter", "jets", "planes", "drones", "apcs",
        "apc", "ifvs", "artillery", "guns", "pieces", "technicals", "trucks", "boats", "ships", "armoured", "armored",
        "bulldozers", "howitzers", "launchers", "mortars", "uavs");

    public static readonly FrozenSet<string> Strength = QuantityLexicon.Set(
        "involved", "engaged", "joined", "deployed", "participated", "mobilized", "mobilised", "amassed", "massed", "strong",
        "stationed", "gathered", "assembled", "garrisoned", "defending", "reinforced");

    public static readonly FrozenSet<string> StrengthBackward = QuantityLexicon.Set(
        "deployed", "sent", "dispatched", "mobilized", "mobilised", "amassed", "numbering", "force", "strength",
        "reinforcements", "garrison", "contingent");

    public static readonly FrozenSet<string> Population = QuantityLexicon.Set(
        "live", "lives", "living", "lived", "reside", "resides", "residing", "trapped", "besieged", "inhabit", "sheltering");

    public static readonly FrozenSet<string> PopulationBackward = QuantityLexicon.Set("population", "home", "inhabited");

    public static readonly FrozenSet<string> Control = QuantityLexicon.Set(
        "control", "controlled", "controlling", "controls", "held", "holds", "holding", "hold", "secured", "securing",
        "captured", "seized", "took", "occupied", "occupying", "under", "territory");

    public static readonly FrozenSet<string> UpdateVerbs = QuantityLexicon.Set(
        "updated", "raised", "rising", "rose", "risen", "revised", "increased", "climbed", "climbing", "grew", "jumped",
        "upped", "bringing", "brought", "increasing", "rises", "raising", "reached", "reaching");

    public static readonly FrozenSet<string> AsideStarters = QuantityLexicon.Set(
        "including", "mostly", "among", "mainly", "many", "most", "of", "each", "all", "both", "one", "mostly",
        "primarily", "largely", "half", "some");

    public static readonly FrozenSet<string> Prepositions = QuantityLexicon.Set(
        "from", "of", "in", "belonging", "near", "at", "inside", "within", "on", "loyal", "affiliated", "linked", "with");

    public static readonly FrozenSet<string> SingularPersons = QuantityLexicon.Set(
        "commander", "leader", "emir", "general", "officer", "governor", "judge", "soldier", "fighter", "civilian",
        "journalist", "activist", "child", "man", "woman", "brother", "son", "chief", "spokesman", "head", "deputy",
        "colonel", "brigadier", "major", "captain", "imam", "militant", "rebel", "member", "mayor", "minister", "pilot",
        "sheikh", "cleric", "doctor", "lieutenant", "sergeant");

    public static readonly FrozenSet<string> Nationalities = QuantityLexicon.Set(
        "syrian", "iraqi", "kurdish", "turkish", "russian", "iranian", "lebanese", "american", "jordanian", "afghan",
        "british", "french", "saudi", "chechen", "tunisian");

    public static readonly FrozenSet<string> NpBreak = QuantityLexicon.Set(
        "were", "was", "had", "have", "has", "been", "are", "is", "be", "in", "on", "at", "by", "from", "with", "during",
        "near", "since", "after", "before", "into", "to", "for", "as", "against", "while", "whereas", "but", "who", "which",
        "that", "when", "where", "being", "the", "a", "an", "their", "his", "its", "this", "these", "those", "also",
        "reportedly", "allegedly", "said", "remained", "managed", "took", "including", "between", "than", "under", "over",
        "left", "across", "throughout", "among", "according", "not", "did", "do", "would", "could", "will");

    public static readonly FrozenSet<string> Determiners = QuantityLexicon.Set(
        "the", "his", "her", "their", "them", "these", "those", "its", "whom", "which", "our", "my", "your");

    public static bool IsCue(string w, out CasualtyCategory category) => Cues.TryGetValue(w, out category);

    /// <summary>Whether token <paramref name="k"/> is a cue word (<see cref="IsCue(string, out CasualtyCategory)"/> of
    /// its lower-cased word): the class bit first, so that only cue words are looked up.</summary>
    public static bool IsCue(LexedText t, int k, out CasualtyCategory category)
    {
        if (t.Is(k, WordClass.CasualtyCue))
        {
            return Cues.TryGetValue(t.W(k), out category);
        }

        category = default;
        return false;
    }
}
