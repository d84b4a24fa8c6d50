using Imap4.Mime;
using Imap4.Mime.Messages;
using Imap4.Mime.Sections;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Storage;

namespace Imap4.Server.Mail;

/// <summary>
/// Builds the FETCH items of one message. Metadata and the cached ENVELOPE/BODY/BODYSTRUCTURE wire bytes need no
/// content; sections open the content and its structure once, on first use, and release them with the builder.
/// </summary>
internal sealed class MessageItems(IMailbox mailbox, MessageInfo message) : IAsyncDisposable
{
    private Stream? _content;
    private ParsedMessage? _structure;

    public async ValueTask<FetchItem> BuildAsync(FetchAttribute attribute, CancellationToken cancellationToken)
    {
        MessageSummary s = message.Summary;
        switch (attribute.Kind)
        {
            case FetchAttributeKind.Flags: return new FlagsItem(message.Flags);
            case FetchAttributeKind.Uid: return new UidItem(message.Uid);
            case FetchAttributeKind.InternalDate: return new InternalDateItem(message.InternalDate);
            case FetchAttributeKind.Rfc822Size: return new Rfc822SizeItem((ulong)message.Size);
            case FetchAttributeKind.Envelope: return new UnknownFetchItem("ENVELOPE", s.Envelope);
            case FetchAttributeKind.Body: return new UnknownFetchItem("BODY", s.Body);
            case FetchAttributeKind.BodyStructure: return new UnknownFetchItem("BODYSTRUCTURE", s.BodyStructure);
            case FetchAttributeKind.ModSeq: return new ModSeqItem(message.ModSeq);
            case FetchAttributeKind.EmailId: return new EmailIdItem(message.EmailId);
            case FetchAttributeKind.ThreadId: return new ThreadIdItem(s.ThreadId);
            case FetchAttributeKind.SaveDate: return new SaveDateItem(message.SaveDate);
        }
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return attribute.Kind switch
        {
            FetchAttributeKind.BodySection or FetchAttributeKind.BodyPeek =>
                new BodySectionItem(attribute.Section!, attribute.Partial?.Origin, Section(attribute.Section!, attribute.Partial)),
            FetchAttributeKind.Rfc822 => new Rfc822Item(Rfc822Part.Message, Section(BodySection.All, null)),
            FetchAttributeKind.Rfc822Header => new Rfc822Item(Rfc822Part.Header, Section(BodySection.Header, null)),
            FetchAttributeKind.Rfc822Text => new Rfc822Item(Rfc822Part.Text, Section(BodySection.Text, null)),
            FetchAttributeKind.Binary or FetchAttributeKind.BinaryPeek =>
                new BinaryItem(attribute.Part, attribute.Partial?.Origin, Slice(Decoded(attribute.Part), attribute.Partial)),
            FetchAttributeKind.BinarySize => new BinarySizeItem(attribute.Part, (uint)Decoded(attribute.Part).Length),
            FetchAttributeKind.Preview => new PreviewItem(Preview()),
            _ => throw new ImapCommandException(StatusKind.Bad, ResponseCode.ClientBug, $"FETCH {attribute} is not supported."),
        };
    }

    private async ValueTask LoadAsync(CancellationToken cancellationToken)
    {
        _content ??= await mailbox.OpenContentAsync(message.Uid, cancellationToken).ConfigureAwait(false);
        _structure ??= await mailbox.GetStructureAsync(message.Uid, cancellationToken).ConfigureAwait(false);
    }

    private byte[] Section(BodySection section, PartialRange? partial)
    {
        _content!.Position = 0;
        return SectionReader.Read(_content, _structure!, section, partial) ?? [];
    }

    private byte[] Decoded(IReadOnlyList<uint> part)
    {
        if (part.Count == 0) return Section(BodySection.All, null);
        MimePart? found = SectionReader.FindPart(_structure!, part)
            ?? throw new ImapCommandException(ResponseCode.NonExistent, "No such body part.");
        _content!.Position = 0;
        return BinaryContent.Decode(_content, _structure!, found)
            ?? throw new ImapCommandException(ResponseCode.UnknownCte, "The part's content transfer encoding cannot be decoded.");
    }

    private static byte[] Slice(byte[] bytes, PartialRange? partial)
    {
        if (partial is not { } p) return bytes;
        if (p.Origin >= bytes.Length) return [];
        long length = Math.Min(p.Length ?? long.MaxValue, bytes.Length - (long)p.Origin);
        return bytes.AsSpan((int)p.Origin, (int)length).ToArray();
    }

    private string Preview()
    {
        _content!.Position = 0;
        using MimeMessage parsed = MimeMessage.FromParsed(_structure!, _content, leaveOpen: true);
        return MessagePreview.Create(parsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (_content is not null) await _content.DisposeAsync().ConfigureAwait(false);
    }
}
