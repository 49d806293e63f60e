using System.Globalization;
using System.Text;

namespace ConflictModel.Extraction;

/// <summary>
/// Builds deterministic ids for extracted events, claims and findings: a short prefix and 16 hex digits of a 64-bit
/// hash (MurmurHash3-style mixing over the UTF-8 bytes, read little-endian) of the document id, the span in the
/// original text, the kind and a discriminator. The same input gives the same ids on every run, machine and thread.
/// It is not a cryptographic hash: ids name things, they do not protect them.
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
    public static string ForEvent(string documentId, TextSpan span, EventKind kind, int discriminator = 0)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Make("ev", documentId, span, KindName(kind), discriminator);
    }

    /// <summary>Returns the id of a claim.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="span">The evidence span in the original text.</param>
    /// <param name="what">What the claim is about (aspect and category).</param>
    /// <param name="discriminator">Tells apart several claims at one span.</param>
    /// <returns>An id such as <c>cl-1f2e3d4c5b6a7988</c>.</returns>
    public static string ForClaim(string documentId, TextSpan span, string what, int discriminator = 0)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(what);
        return Make("cl", documentId, span, what, discriminator);
    }

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

    private static readonly System.Collections.Frozen.FrozenDictionary<EventKind, string> KindNames =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<EventKind>().Distinct().ToDictionary(k => k, k => k.ToString()));

    private static string KindName(EventKind kind) => KindNames.TryGetValue(kind, out var name) ? name : kind.ToString();

    // The key "{documentId}\u001f{start}\u001f{end}\u001f{what}\u001f{discriminator}", hashed without building it as a
    // string when it fits a stack buffer.
    private static string Make(string prefix, string documentId, TextSpan span, string what, int discriminator)
    {
        const int Stack = 256;
        var max = documentId.Length + what.Length + (4 * 11) + 4;
        if (max > Stack)
        {
            return Hash(prefix, string.Create(CultureInfo.InvariantCulture, $"{documentId}\u001f{span.Start}\u001f{span.End}\u001f{what}\u001f{discriminator}"));
        }

        Span<char> key = stackalloc char[max];
        var n = 0;
        documentId.AsSpan().CopyTo(key);
        n += documentId.Length;
        key[n++] = '\u001f';
        span.Start.TryFormat(key[n..], out var w, default, CultureInfo.InvariantCulture);
        n += w;
        key[n++] = '\u001f';
        span.End.TryFormat(key[n..], out w, default, CultureInfo.InvariantCulture);
        n += w;
        key[n++] = '\u001f';
        what.AsSpan().CopyTo(key[n..]);
        n += what.Length;
        key[n++] = '\u001f';
        discriminator.TryFormat(key[n..], out w, default, CultureInfo.InvariantCulture);
        n += w;
        return Hash(prefix, key[..n]);
    }

    private static string Hash(string prefix, ReadOnlySpan<char> key)
    {
        ulong head;
        var byteCount = Encoding.UTF8.GetMaxByteCount(key.Length);
        if (byteCount <= 768)
        {
            Span<byte> bytes = stackalloc byte[byteCount];
            var written = Encoding.UTF8.GetBytes(key, bytes);
            head = Hash64(bytes[..written]);
        }
        else
        {
            head = Hash64(Encoding.UTF8.GetBytes(key.ToString()));
        }

        return string.Create(prefix.Length + 17, (prefix, head), static (dest, st) =>
        {
            st.prefix.AsSpan().CopyTo(dest);
            dest[st.prefix.Length] = '-';
            var hex = dest[(st.prefix.Length + 1)..];
            for (var i = 0; i < 16; i++)
            {
                hex[i] = "0123456789abcdef"[(int)((st.head >> (60 - (4 * i))) & 0xFUL)];
            }
        });
    }

    /// <summary>A 64-bit hash of bytes: MurmurHash3's 64-bit block mixing over little-endian 8-byte words, the
    /// length folded in, and its 64-bit finaliser (every input bit affects every output bit).</summary>
    internal static ulong Hash64(ReadOnlySpan<byte> data)
    {
        const ulong C1 = 0x87C37B91114253D5UL;
        const ulong C2 = 0x4CF5AD432745937FUL;
        unchecked
        {
            var h = 0x9E3779B97F4A7C15UL ^ ((ulong)data.Length * C2);
            var i = 0;
            for (; i + 8 <= data.Length; i += 8)
            {
                var k = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i, 8));
                k *= C1;
                k = ulong.RotateLeft(k, 31);
                k *= C2;
                h ^= k;
                h = (ulong.RotateLeft(h, 27) * 5) + 0x52DCE729UL;
            }

            if (i < data.Length)
            {
                ulong k = 0;
                for (var j = data.Length - 1; j >= i; j--)
                {
                    k = (k << 8) | data[j];
                }

                k *= C1;
                k = ulong.RotateLeft(k, 31);
                k *= C2;
                h ^= k;
            }

            h ^= (ulong)data.Length;
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
