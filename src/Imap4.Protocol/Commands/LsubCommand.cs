using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>LSUB reference pattern</c> (RFC 3501 section 6.3.9): lists subscribed names. Removed from IMAP4rev2 in favour of
/// <c>LIST (SUBSCRIBED)</c>, but rev1 clients still send it.
/// </summary>
public sealed record LsubCommand : ImapCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="reference">The reference name.</param>
    /// <param name="pattern">The pattern.</param>
    /// <exception cref="ArgumentException">The pattern holds NUL or a lone surrogate.</exception>
    public LsubCommand(MailboxName reference, string pattern)
    {
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        Pattern = CoreSyntax.CheckPattern(pattern, nameof(pattern));
    }

    /// <summary>The reference name.</summary>
    public MailboxName Reference { get; }

    /// <summary>The pattern.</summary>
    public string Pattern { get; }

    /// <inheritdoc/>
    public override string Name => "LSUB";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Reference);
        writer.WriteSpace();
        CoreSyntax.WriteListMailbox(writer, Pattern);
    }

    internal static LsubCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected reference name");
        MailboxName reference = reader.ReadMailbox();
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox pattern");
        return new LsubCommand(reference, CoreSyntax.ReadListMailbox(ref reader));
    }
}
