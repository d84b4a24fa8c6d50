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
    public bool Equals(FlagsItem? other) => other is not null && ValueEquality.Equal(Flags, other.Flags);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.Hash(Flags);
}
