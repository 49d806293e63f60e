using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>Word lists of English reporting on armed conflict, shared by the quantity recognisers. Generic
/// language facts only (months, hedges, casualty words, role nouns).</summary>
internal static class QuantityLexicon
{
    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly FrozenDictionary<string, long> Units = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, long> Tens = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that introduce a unit number ("Division 17", "Brigade 93", "Route 4").</summary>
    public static readonly FrozenSet<string> UnitNumberWords = Set(
        "division", "brigade", "regiment", "battalion", "route", "highway", "road", "resolution", "no", "nos",
        "sector", "zone", "hill", "flight", "unit", "article", "chapter", "page", "pages", "gate", "platoon", "company",
        "corps", "squadron", "wing", "group", "liwa", "fırka", "firqa", "base", "camp", "point", "pp", "p", "vol",
        "volume", "issue", "section", "para", "paragraph", "apartment", "room", "tower", "block", "level", "grade",
        "phase", "stage", "operation", "law", "decree", "km", "mile", "exit", "area", "checkpoint");

    /// <summary>Words after a number that make it a time of day.</summary>
    public static readonly FrozenSet<string> TimeWords = Set("am", "pm", "gmt", "utc", "hrs", "h", "o'clock", "oclock");

    /// <summary>Hedge phrases before a number, longest first, with the kind they give.</summary>
    public static readonly (string[] Words, EstimateKind Kind)[] Hedges =
    [
        (["in", "excess", "of"], EstimateKind.MoreThan),
        (["no", "fewer", "than"], EstimateKind.AtLeast),
        (["no", "less", "than"], EstimateKind.AtLeast),
        (["not", "less", "than"], EstimateKind.AtLeast),
        (["a", "minimum", "of"], EstimateKind.AtLeast),
        (["a", "maximum", "of"], EstimateKind.UpTo),
        (["no", "more", "than"], EstimateKind.UpTo),
        (["not", "more", "than"], EstimateKind.UpTo),
        (["more", "than"], EstimateKind.MoreThan),
        (["upwards", "of"], EstimateKind.MoreThan),
        (["just", "over"], EstimateKind.MoreThan),
        (["well", "over"], EstimateKind.MoreThan),
        (["at", "least"], EstimateKind.AtLeast),
        (["up", "to"], EstimateKind.UpTo),
        (["as", "many", "as"], EstimateKind.UpTo),
        (["at", "most"], EstimateKind.UpTo),
        (["fewer", "than"], EstimateKind.UpTo),
        (["less", "than"], EstimateKind.UpTo),
        (["just", "under"], EstimateKind.Nearly),
        (["close", "to"], EstimateKind.Nearly),
        (["an", "estimated"], EstimateKind.Approximately),
        (["some"], EstimateKind.Approximately),
        (["over"], EstimateKind.MoreThan),
        (["above"], EstimateKind.MoreThan),
        (["nearly"], EstimateKind.Nearly),
        (["almost"], EstimateKind.Nearly),
        (["approximately"], EstimateKind.Approximately),
        (["approx"], EstimateKind.Approximately),
        (["about"], EstimateKind.Approximately),
        (["around"], EstimateKind.Approximately),
        (["roughly"], EstimateKind.Approximately),
        (["estimated"], EstimateKind.Approximately),
        (["maybe"], EstimateKind.Approximately),
        (["perhaps"], EstimateKind.Approximately),
        (["possibly"], EstimateKind.Approximately),
        (["circa"], EstimateKind.Approximately),
        (["an", "approximate"], EstimateKind.Approximately),
        (["under"], EstimateKind.UpTo),
    ];

    /// <summary>Role nouns: the head of "who" in a casualty phrase.</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "soldiers", "soldier", "troops", "militants", "militant", "fighters", "fighter", "rebels", "rebel", "civilians",
        "civilian", "people", "persons", "person", "men", "women", "children", "members", "member", "combatants",
        "insurgents", "jihadists", "jihadis", "gunmen", "prisoners", "officers", "officer", "policemen", "police",
        "guards", "personnel", "servicemen", "recruits", "infiltrators", "volunteers", "tribesmen", "militiamen",
        "militias", "extremists", "terrorists", "defenders", "attackers", "others", "activists", "journalists",
        "workers", "deserters", "residents", "inhabitants", "refugees", "students", "commanders", "leaders", "bodies",
        "individuals", "victims", "hostages", "detainees", "captives", "loyalists", "mercenaries", "pilots",
        "conscripts", "sides", "troopers", "marines", "policemen", "guardsmen", "operatives", "suspects",
        "families", "villagers", "followers", "youths", "boys", "girls", "emirs", "bombers", "snipers", "agents", "supporters", "employees", "staff", "doctors", "medics",
        "nurses", "teachers", "clerics", "elders", "tribes", "tribe", "others", "protesters", "demonstrators",
        "worshippers", "pilgrims", "passengers", "shoppers", "farmers", "fishermen", "miners", "migrants", "christians",
        "yazidis", "kurds", "arabs", "alawites", "shiites", "sunnis", "druze", "islamists", "partisans", "guerrillas",
        "paramilitaries", "contractors", "advisers", "advisors", "trainees", "cadets", "sailors", "airmen",
        "peacekeepers", "diplomats", "officials", "politicians", "lawmakers", "judges", "lawyers", "inmates",
        "fighters'", "jihadist", "insurgent", "gunman", "policeman", "child", "woman", "man", "guard", "defector",
        "defectors", "dissidents", "opponents", "mujahideen", "shabiha", "foreigners", "nationals", "citizens",
        "civilian", "bystanders", "infants", "babies", "adults", "teenagers", "minors", "elderly", "relatives",
        "brothers", "sons", "daughters", "wives", "husbands", "survivors", "evacuees", "displaced", "aid");

    /// <summary>Nouns that make a counted phrase a count of attacks.</summary>
    public static readonly FrozenSet<string> AttackNouns = Set(
        "attacks", "bombings", "operations", "airstrikes", "strikes", "raids", "sorties", "explosions", "bombs",
        "blasts", "assaults", "ambushes", "shellings", "attack", "bombing");

    /// <summary>Nouns of time that make a number a duration, not a count of people.</summary>
    public static readonly FrozenSet<string> DurationNouns = Set(
        "seconds", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
        "year", "decades", "nights", "night");

    /// <summary>Auxiliaries and adverbs allowed between a counted phrase and its predicate.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "were", "was", "had", "have", "has", "been", "being", "are", "is", "be", "remained", "remain", "remains",
        "also", "reportedly", "reported", "allegedly", "supposedly", "purportedly", "said", "to", "later", "all",
        "subsequently", "summarily", "eventually", "confirmed", "believed", "thought", "feared", "presumed", "then",
        "either", "both", "still", "apparently", "likely", "probably", "later", "already", "got", "left", "so",
        "far", "reported", "claimed", "found", "listed", "now", "each", "who", "that", "which", "would", "will",
        "may", "might", "could", "did", "do", "not", "among", "them", "publicly", "brutally", "allegedly", "been",
        "declared", "officially", "total", "went", "gone", "go", "presumed", "become", "became");

    /// <summary>Words that end a clause for attribution and predicates.</summary>
    public static readonly FrozenSet<string> ClauseBreakWords = Set("while", "whereas", "but", "although", "though", "whilst");

    public static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
