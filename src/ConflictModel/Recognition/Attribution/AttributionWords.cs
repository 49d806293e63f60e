using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>Reporting verbs and the stance they give a claim. A class of its own (no other statics) so that the
/// lexer's word classes can read it without running the attribution recogniser's static initialisation.</summary>
internal static class AttributionWords
{
    public static readonly FrozenDictionary<string, ClaimStance> ReportingVerbs = new Dictionary<string, ClaimStance>(StringComparer.Ordinal)
    {
        ["reported"] = ClaimStance.Reported, ["reports"] = ClaimStance.Reported, ["report"] = ClaimStance.Reported,
        ["said"] = ClaimStance.Reported, ["says"] = ClaimStance.Reported, ["say"] = ClaimStance.Reported,
        ["stated"] = ClaimStance.Reported, ["states"] = ClaimStance.Reported, ["announced"] = ClaimStance.Reported,
        ["announces"] = ClaimStance.Reported, ["listed"] = ClaimStance.Reported, ["named"] = ClaimStance.Reported,
        ["gave"] = ClaimStance.Reported, ["gives"] = ClaimStance.Reported, ["put"] = ClaimStance.Reported,
        ["puts"] = ClaimStance.Reported, ["told"] = ClaimStance.Reported, ["added"] = ClaimStance.Reported,
        ["documented"] = ClaimStance.Reported, ["recorded"] = ClaimStance.Reported, ["counted"] = ClaimStance.Reported,
        ["noted"] = ClaimStance.Reported, ["estimated"] = ClaimStance.Reported, ["estimates"] = ClaimStance.Reported,
        ["revealed"] = ClaimStance.Reported, ["published"] = ClaimStance.Reported, ["wrote"] = ClaimStance.Reported,
        ["tweeted"] = ClaimStance.Reported, ["indicated"] = ClaimStance.Reported, ["tallied"] = ClaimStance.Reported,
        ["claimed"] = ClaimStance.Claimed, ["claims"] = ClaimStance.Claimed, ["claim"] = ClaimStance.Claimed,
        ["alleged"] = ClaimStance.Claimed, ["alleges"] = ClaimStance.Claimed, ["boasted"] = ClaimStance.Claimed,
        ["confirmed"] = ClaimStance.Confirmed, ["confirms"] = ClaimStance.Confirmed, ["verified"] = ClaimStance.Confirmed,
        ["denied"] = ClaimStance.Denied, ["denies"] = ClaimStance.Denied, ["deny"] = ClaimStance.Denied,
        ["rejected"] = ClaimStance.Denied, ["refuted"] = ClaimStance.Denied, ["dismissed"] = ClaimStance.Denied,
        ["disputed"] = ClaimStance.Disputed, ["disputes"] = ClaimStance.Disputed, ["contested"] = ClaimStance.Disputed,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
