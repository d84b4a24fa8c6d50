using Imap4.Protocol.Wire;
using Imap4.Protocol.Primitives;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>CREATE mailbox</c> (RFC 9051 section 6.3.4), optionally with the CREATE-SPECIAL-USE parameter of RFC 6154:
/// <c>CREATE name (USE (\Drafts \Sent))</c>. Other create parameters are rejected on parse (the server answers BAD).
/// </summary>
/// <param name="Mailbox">The mailbox to create.</param>
public sealed record CreateCommand(MailboxName Mailbox) : ImapCommand
{
    private readonly MailboxName _mailbox = Mailbox ?? throw new ArgumentNullException(nameof(Mailbox));
    private readonly IReadOnlyList<string>? _use;

    /// <summary>The mailbox to create.</summary>
    public MailboxName Mailbox { get => _mailbox; init => _mailbox = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>
    /// Special-use attributes to give the mailbox, e.g. <c>\Drafts</c> (each <c>\</c> and an atom), or null to send no USE
    /// parameter. An empty list is written as <c>(USE ())</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An attribute is not <c>\</c> followed by an atom.</exception>
    public IReadOnlyList<string>? SpecialUse
    {
        get => _use;
        init
        {
            if (value is null) { _use = null; return; }
            IReadOnlyList<string> copy = CoreSyntax.Freeze(value, nameof(value));
            foreach (string attribute in copy)
                if (!IsUseAttribute(attribute)) throw new ArgumentException($"'{attribute}' is not a special-use attribute.", nameof(value));
            _use = copy;
        }
    }

    /// <inheritdoc/>
    public override string Name => "CREATE";

    private static bool IsUseAttribute(string value) => value.Length > 1 && value[0] == '\\' && ImapChars.IsAtom(value.AsSpan(1));

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteMailbox(Mailbox);
        if (SpecialUse is null) return;
        writer.WriteRaw(" (USE ("u8);
        for (int i = 0; i < SpecialUse.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(SpecialUse[i]);
        }
        writer.WriteRaw("))"u8);
    }

    /// <inheritdoc/>
    public bool Equals(CreateCommand? other) =>
        other is not null && Mailbox == other.Mailbox && ValueEquality.Equal(SpecialUse, other.SpecialUse);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mailbox, ValueEquality.Hash(SpecialUse));

    internal static CreateCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox");
        var command = new CreateCommand(reader.ReadMailbox());
        if (!reader.TryReadSpace()) return command;
        reader.EnterList();
        long start = reader.Position;
        if (!reader.TryReadKeyword("USE"u8)) throw new ImapParseException(start, $"unsupported create parameter {reader.ReadAtom()}");
        reader.ReadSpace();
        List<string> use = ReadUseList(ref reader);
        reader.ExitList();
        return command with { SpecialUse = use };
    }

    private static List<string> ReadUseList(ref ImapReader reader)
    {
        var use = new List<string>();
        reader.EnterList();
        if (reader.TryExitList()) return use;
        do
        {
            reader.Expect((byte)'\\', "special-use attribute (\\Name)");
            use.Add("\\" + reader.ReadAtom());
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return use;
    }
}
