using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* VANISHED [(EARLIER)] uids</c> (RFC 7162 QRESYNC): messages expunged, by UID. With EARLIER it reports
/// expunges from before the current session (sequence numbers are not affected).
/// </summary>
/// <param name="Uids">The UIDs of the expunged messages.</param>
/// <param name="Earlier">True for <c>(EARLIER)</c>: a reply to SELECT QRESYNC or UID FETCH VANISHED.</param>
public sealed record VanishedResponse(UidSet Uids, bool Earlier = false) : UntaggedResponse
{
    /// <summary>The UIDs of the expunged messages.</summary>
    public UidSet Uids { get; } = Uids ?? throw new ArgumentNullException(nameof(Uids));

    /// <inheritdoc />
    public override string Keyword => "VANISHED";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Earlier ? "VANISHED (EARLIER) "u8 : "VANISHED "u8);
        writer.WriteUidSet(Uids);
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    internal static VanishedResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        bool earlier = false;
        if (reader.TryEnterList())
        {
            reader.ExpectKeyword("EARLIER"u8);
            reader.ExitList();
            reader.ReadSpace();
            earlier = true;
        }
        return new VanishedResponse(reader.ReadUidSet(), earlier);
    }
}
