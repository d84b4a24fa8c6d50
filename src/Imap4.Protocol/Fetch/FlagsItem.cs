using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary><c>FLAGS (\Seen ...)</c>: the message's flags.</summary>
/// <param name="Flags">The flags in the order sent.</param>
public sealed record FlagsItem(IReadOnlyList<Flag> Flags) : FetchItem
{
    /// <inheritdoc />
    public override string Name => "FLAGS";

    /// <summary>True when the flags contain <paramref name="flag"/>.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>Whether it is set.</returns>
    public bool Contains(Flag flag)
    {
        foreach (Flag f in Flags)
            if (f == flag) return true;
        return false;
    }

    /// <summary>Reads <c>"(" [flag-fetch *(SP flag-fetch)] ")"</c> after "FLAGS SP".</summary>
    internal static IReadOnlyList<Flag> ReadList(ref ImapReader reader)
    {
        reader.EnterList();
        var flags = new ListBuilder<Flag>();
        while (!reader.TryExitList())
        {
            if (flags.Count > 0) reader.ReadSpace();
            flags.Add(ReadFlag(ref reader));
        }
        return flags.ToArray();
    }

    /// <summary>flag: "\" atom, "\*" or a keyword atom; well-known flags come back shared.</summary>
    internal static Flag ReadFlag(ref ImapReader reader)
    {
        if (!reader.TryRead((byte)'\\')) return Flag.Parse(reader.ReadAtomSpan());
        if (reader.TryRead((byte)'*')) return Flag.Wildcard;
        ReadOnlySpan<byte> atom = reader.ReadAtomSpan();
        Span<byte> buffer = atom.Length < 64 ? stackalloc byte[atom.Length + 1] : new byte[atom.Length + 1];
        buffer[0] = (byte)'\\';
        atom.CopyTo(buffer[1..]);
        return Flag.Parse(buffer);
    }

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("FLAGS ("u8);
        for (int i = 0; i < Flags.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(Flags[i].Value);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public bool Equals(FlagsItem? other) => other is not null && FetchEquality.Lists(Flags, other.Flags);

    /// <inheritdoc />
    public override int GetHashCode() => FetchEquality.ListHash(Flags);
}
