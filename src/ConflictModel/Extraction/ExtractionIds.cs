using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConflictModel.Extraction;

/// <summary>
/// Builds deterministic ids for extracted events, claims and findings: a short prefix and the first 16 hex digits of
/// the SHA-256 of the document id, the span in the original text, the kind and a discriminator. The same input gives
/// the same ids on every run, machine and thread.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ExtractionIds
{
    /// <summary>Returns the id of an event.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="span">The evidence span in the original text.</param>
    /// <param name="kind">The event kind.</param>
    /// <param name="discriminator">Tells apart several events at one span (e.g. a trigger's offset).</param>
    /// <returns>An id such as <c>ev-1f2e3d4c5b6a7988</c>.</returns>
    public static string ForEvent(string documentId, TextSpan span, EventKind kind, int discriminator = 0) =>
        Make("ev", documentId, span, kind.ToString(), discriminator.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns the id of a claim.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="span">The evidence span in the original text.</param>
    /// <param name="what">What the claim is about (aspect and category).</param>
    /// <param name="discriminator">Tells apart several claims at one span.</param>
    /// <returns>An id such as <c>cl-1f2e3d4c5b6a7988</c>.</returns>
    public static string ForClaim(string documentId, TextSpan span, string what, int discriminator = 0) =>
        Make("cl", documentId, span, what, discriminator.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns the id of a contested group or a consistency finding.</summary>
    /// <param name="prefix">The prefix (<c>cg</c>, <c>ck</c>).</param>
    /// <param name="documentId">The document id.</param>
    /// <param name="parts">The ids or texts that make up the group.</param>
    /// <returns>The id.</returns>
    public static string ForGroup(string prefix, string documentId, IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Hash(prefix, documentId + "\u001f" + string.Join('\u001f', parts));
    }

    private static string Make(string prefix, string documentId, TextSpan span, string what, string discriminator)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var key = string.Create(CultureInfo.InvariantCulture, $"{documentId}\u001f{span.Start}\u001f{span.End}\u001f{what}\u001f{discriminator}");
        return Hash(prefix, key);
    }

    private static string Hash(string prefix, string key)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return prefix + "-" + Convert.ToHexStringLower(digest[..8]);
    }
}
