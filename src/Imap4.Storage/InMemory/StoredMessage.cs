using Imap4.Mime;

namespace Imap4.Storage.InMemory;

/// <summary>Immutable content of a message, shared by its copies.</summary>
internal sealed class StoredMessage(byte[] content, ParsedMessage parsed, MessageSummary summary, string emailId)
{
    public byte[] Content { get; } = content;

    public ParsedMessage Parsed { get; } = parsed;

    public MessageSummary Summary { get; } = summary;

    public string EmailId { get; } = emailId;

    public Stream Open() => new MemoryStream(Content, writable: false);
}
