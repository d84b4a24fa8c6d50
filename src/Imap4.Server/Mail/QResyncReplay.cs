using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// The resynchronisation data of SELECT/EXAMINE (QRESYNC ...) (RFC 7162 section 3.2.5): VANISHED (EARLIER) for the
/// known UIDs expunged since the client's mod-sequence, then FETCH for the messages changed since.
/// </summary>
internal static class QResyncReplay
{
    public static async ValueTask WriteAsync(CommandContext context, SelectedMailbox view, QResyncParameters qresync, CancellationToken cancellationToken)
    {
        MailboxChanges changes = await view.Mailbox.GetChangesSinceAsync(qresync.ModSeq, cancellationToken).ConfigureAwait(false);
        var vanished = new List<uint>();
        foreach (uint uid in changes.Vanished)
            if (qresync.KnownUids is null || qresync.KnownUids.Contains(uid)) vanished.Add(uid);
        if (vanished.Count > 0) context.Write(new VanishedResponse(UidSet.FromValues(vanished), Earlier: true));
        foreach (MessageInfo m in changes.Changed)
        {
            uint seq = view.SequenceOf(m.Uid);
            if (seq != 0) await context.WriteAsync(view.FlagsFetch(seq, m.Uid, m.Flags, m.ModSeq), cancellationToken).ConfigureAwait(false);
        }
    }
}
