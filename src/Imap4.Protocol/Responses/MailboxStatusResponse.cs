using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* STATUS mailbox (item value ...)</c>: the reply to STATUS (and LIST-STATUS). Each known item is a nullable
/// property (null when absent); unknown items are kept raw in <see cref="Extensions"/>. Items are written in a fixed
/// order: MESSAGES UIDNEXT UIDVALIDITY UNSEEN DELETED SIZE RECENT HIGHESTMODSEQ APPENDLIMIT MAILBOXID DELETED-STORAGE.
/// </summary>
/// <param name="Mailbox">The mailbox.</param>
public sealed record MailboxStatusResponse(MailboxName Mailbox) : UntaggedResponse
{
    private readonly IReadOnlyList<ExtensionItem> _extensions = ValueList<ExtensionItem>.Empty;

    /// <summary>The mailbox.</summary>
    public MailboxName Mailbox { get; } = Mailbox ?? throw new ArgumentNullException(nameof(Mailbox));

    /// <summary>MESSAGES: the number of messages.</summary>
    public uint? Messages { get; init; }

    /// <summary>UIDNEXT: the next UID.</summary>
    public uint? UidNext { get; init; }

    /// <summary>UIDVALIDITY: the UID validity value.</summary>
    public uint? UidValidity { get; init; }

    /// <summary>UNSEEN: the number of messages without \Seen.</summary>
    public uint? Unseen { get; init; }

    /// <summary>DELETED: the number of messages with \Deleted (RFC 9051).</summary>
    public uint? Deleted { get; init; }

    /// <summary>SIZE: the mailbox's total size in bytes (RFC 8438, RFC 9051).</summary>
    public ulong? Size { get; init; }

    /// <summary>RECENT: the number of messages with \Recent (IMAP4rev1).</summary>
    public uint? Recent { get; init; }

    /// <summary>HIGHESTMODSEQ (RFC 7162; 0 when the mailbox has no mod-sequences).</summary>
    public ulong? HighestModSeq { get; init; }

    /// <summary>APPENDLIMIT (RFC 7889): null when absent; <see cref="StatusAppendLimit.Unlimited"/> for NIL.</summary>
    public StatusAppendLimit? AppendLimit { get; init; }

    /// <summary>MAILBOXID (RFC 8474): the mailbox's object id.</summary>
    public string? MailboxId
    {
        get;
        init => field = value is null || ObjectIds.IsValid(value) ? value : throw new ArgumentException($"'{value}' is not an objectid", nameof(MailboxId));
    }

    /// <summary>DELETED-STORAGE (RFC 9208): the storage that expunging \Deleted messages would free, in units of 1024 bytes.</summary>
    public ulong? DeletedStorage { get; init; }

    /// <summary>Items this library does not model, kept raw.</summary>
    public IReadOnlyList<ExtensionItem> Extensions
    {
        get => _extensions;
        init => _extensions = ValueList<ExtensionItem>.Of(value, nameof(Extensions));
    }

    /// <inheritdoc />
    public override string Keyword => "STATUS";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("STATUS "u8);
        writer.WriteMailbox(Mailbox);
        writer.WriteRaw(" ("u8);
        bool first = true;
        Item(writer, ref first, "MESSAGES", Messages);
        Item(writer, ref first, "UIDNEXT", UidNext);
        Item(writer, ref first, "UIDVALIDITY", UidValidity);
        Item(writer, ref first, "UNSEEN", Unseen);
        Item(writer, ref first, "DELETED", Deleted);
        Item(writer, ref first, "SIZE", Size);
        Item(writer, ref first, "RECENT", Recent);
        Item(writer, ref first, "HIGHESTMODSEQ", HighestModSeq);
        if (AppendLimit is { } limit)
        {
            Name(writer, ref first, "APPENDLIMIT");
            if (limit.Bytes is { } bytes) writer.WriteNumber(bytes);
            else writer.WriteNil();
        }
        if (MailboxId is not null)
        {
            Name(writer, ref first, "MAILBOXID");
            writer.WriteByte((byte)'(');
            writer.WriteRaw(MailboxId);
            writer.WriteByte((byte)')');
        }
        Item(writer, ref first, "DELETED-STORAGE", DeletedStorage);
        foreach (ExtensionItem item in Extensions)
        {
            Name(writer, ref first, item.Name);
            item.WriteValue(writer);
        }
        writer.WriteByte((byte)')');
    }

    private static void Item(ImapWriter writer, ref bool first, string name, ulong? value)
    {
        if (value is not { } v) return;
        Name(writer, ref first, name);
        writer.WriteNumber(v);
    }

    private static void Name(ImapWriter writer, ref bool first, string name)
    {
        if (!first) writer.WriteSpace();
        writer.WriteRaw(name);
        writer.WriteSpace();
        first = false;
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    /// <summary>SP mailbox SP "(" [status-att-val *(SP status-att-val)] ")".</summary>
    internal static MailboxStatusResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        var response = new MailboxStatusResponse(reader.ReadMailbox());
        reader.ReadSpace();
        var extensions = new List<ExtensionItem>();
        reader.EnterList();
        if (!reader.TryExitList())
        {
            do
            {
                response = ReadItem(ref reader, response, extensions);
            }
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        return extensions.Count == 0 ? response : response with { Extensions = extensions };
    }

    /// <summary>One "name SP value". UIDNEXT and UIDVALIDITY 0 are tolerated (some servers send 0 for empty mailboxes).</summary>
    private static MailboxStatusResponse ReadItem(ref ImapReader reader, MailboxStatusResponse r, List<ExtensionItem> extensions)
    {
        string name = reader.ReadAtom().ToUpperInvariant();
        reader.ReadSpace();
        return name switch
        {
            "MESSAGES" => r with { Messages = reader.ReadNumber() },
            "UIDNEXT" => r with { UidNext = reader.ReadNumber() },
            "UIDVALIDITY" => r with { UidValidity = reader.ReadNumber() },
            "UNSEEN" => r with { Unseen = reader.ReadNumber() },
            "DELETED" => r with { Deleted = reader.ReadNumber() },
            "SIZE" => r with { Size = reader.ReadNumber64() },
            "RECENT" => r with { Recent = reader.ReadNumber() },
            "HIGHESTMODSEQ" => r with { HighestModSeq = reader.ReadNumber64() },
            "APPENDLIMIT" => r with { AppendLimit = new StatusAppendLimit(reader.TryReadNil() ? null : reader.ReadNumber64()) },
            "MAILBOXID" => r with { MailboxId = ObjectIds.Read(ref reader) },
            "DELETED-STORAGE" => r with { DeletedStorage = reader.ReadNumber64() },
            _ => AddExtension(ref reader, r, extensions, name),
        };
    }

    private static MailboxStatusResponse AddExtension(ref ImapReader reader, MailboxStatusResponse r, List<ExtensionItem> extensions, string name)
    {
        extensions.Add(new ExtensionItem(name, ResponseSyntax.ReadRawValue(ref reader)));
        return r;
    }
}
