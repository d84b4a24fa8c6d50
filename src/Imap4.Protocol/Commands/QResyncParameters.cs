using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// The QRESYNC select parameter (RFC 7162 section 3.2.5):
/// <c>QRESYNC (uidvalidity mod-sequence [known-uids [(known-sequence-set known-uid-set)]])</c>.
/// </summary>
public sealed record QResyncParameters
{
    /// <summary>Creates the parameter.</summary>
    /// <param name="uidValidity">The UIDVALIDITY the client last saw (non-zero).</param>
    /// <param name="modSeq">The last known HIGHESTMODSEQ.</param>
    /// <param name="knownUids">UIDs the client knows, or null.</param>
    /// <param name="knownSequenceNumbers">Message numbers of the sequence match data, or null.</param>
    /// <param name="knownSequenceUids">The UIDs those message numbers had, or null; given with <paramref name="knownSequenceNumbers"/>.</param>
    /// <exception cref="ArgumentException">UIDVALIDITY is 0, the mod-sequence exceeds 2^63-1, or only one half of the
    /// sequence match data is given.</exception>
    public QResyncParameters(uint uidValidity, ulong modSeq, UidSet? knownUids = null,
        SequenceSet? knownSequenceNumbers = null, UidSet? knownSequenceUids = null)
    {
        if (uidValidity == 0) throw new ArgumentOutOfRangeException(nameof(uidValidity), "UIDVALIDITY is never 0.");
        if (modSeq > long.MaxValue) throw new ArgumentOutOfRangeException(nameof(modSeq), "A mod-sequence is at most 2^63-1.");
        if ((knownSequenceNumbers is null) != (knownSequenceUids is null))
            throw new ArgumentException("Sequence match data needs both the message numbers and their UIDs.", nameof(knownSequenceUids));
        UidValidity = uidValidity;
        ModSeq = modSeq;
        KnownUids = knownUids;
        KnownSequenceNumbers = knownSequenceNumbers;
        KnownSequenceUids = knownSequenceUids;
    }

    /// <summary>The UIDVALIDITY the client cached.</summary>
    public uint UidValidity { get; }

    /// <summary>The mod-sequence of the client's cache.</summary>
    public ulong ModSeq { get; }

    /// <summary>The UIDs the client knows about, or null for all.</summary>
    public UidSet? KnownUids { get; }

    /// <summary>Message numbers of the sequence match data, or null.</summary>
    public SequenceSet? KnownSequenceNumbers { get; }

    /// <summary>UIDs matching <see cref="KnownSequenceNumbers"/> one to one, or null.</summary>
    public UidSet? KnownSequenceUids { get; }

    /// <summary>Writes <c>SP QRESYNC (...)</c>.</summary>
    internal void Write(ImapWriter writer)
    {
        writer.WriteRaw("QRESYNC ("u8);
        writer.WriteNumber(UidValidity);
        writer.WriteSpace();
        writer.WriteNumber(ModSeq);
        if (KnownUids is not null)
        {
            writer.WriteSpace();
            writer.WriteUidSet(KnownUids);
        }
        if (KnownSequenceNumbers is not null)
        {
            writer.WriteRaw(" ("u8);
            writer.WriteSequenceSet(KnownSequenceNumbers);
            writer.WriteSpace();
            writer.WriteUidSet(KnownSequenceUids!);
            writer.WriteByte((byte)')');
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads the value after <c>QRESYNC SP</c>.</summary>
    internal static QResyncParameters Read(ref ImapReader reader)
    {
        reader.EnterList();
        long start = reader.Position;
        uint uidValidity = reader.ReadNumber();
        if (uidValidity == 0) throw new ImapParseException(start, "UIDVALIDITY 0 in QRESYNC");
        reader.ReadSpace();
        ulong modSeq = reader.ReadNumber64();
        UidSet? known = null;
        SequenceSet? numbers = null;
        UidSet? uids = null;
        if (reader.TryReadSpace())
        {
            if (reader.Peek() != '(')
            {
                known = reader.ReadUidSet();
                if (reader.TryReadSpace()) ReadMatchData(ref reader, out numbers, out uids);
            }
            else
            {
                ReadMatchData(ref reader, out numbers, out uids);
            }
        }
        reader.ExitList();
        return new QResyncParameters(uidValidity, modSeq, known, numbers, uids);
    }

    private static void ReadMatchData(ref ImapReader reader, out SequenceSet numbers, out UidSet uids)
    {
        reader.EnterList();
        numbers = reader.ReadSequenceSet();
        reader.ReadSpace();
        uids = reader.ReadUidSet();
        reader.ExitList();
    }
}
