using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;
using Imap4.Mime.Parsing;

namespace Imap4.Mime.Messages;

/// <summary>
/// A message for people to read: decoded headers (addresses, subject, date, ids), the text and HTML bodies as strings,
/// attachments and inline parts whose content is opened on demand, and attached messages. Built on the streaming parse:
/// only headers are held in memory; content is read from the source when asked for. (Named after the MIME entity it
/// is, to stay clear of System.Net.Mail.MailMessage.)
/// </summary>
public sealed class MimeMessage : IDisposable
{
    private readonly MessageSource _source;
    private BodyClassifier? _bodies;
    private string? _text;
    private string? _html;
    private List<MimeAttachment>? _attachments;
    private List<MimeAttachment>? _inline;

    internal MimeMessage(MessageSource source, MimePart entity, ParsedMessage? parsed)
    {
        _source = source;
        Entity = entity;
        Parsed = parsed;
    }

    /// <summary>Parses a message held in memory.</summary>
    /// <param name="message">The bytes.</param>
    /// <param name="options">Parser limits, or null.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Load(byte[] message, MimeParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = MimeParser.Parse(message, options);
        return new MimeMessage(new MessageSource(new MemoryStream(message, writable: false), owns: true), parsed.Root, parsed);
    }

    /// <summary>
    /// Parses a message from a stream. A seekable stream (a file) is kept and read again on demand, from its current
    /// position being the start of the message; a non-seekable one is first copied into memory.
    /// </summary>
    /// <param name="stream">The message.</param>
    /// <param name="leaveOpen">Whether disposing the message leaves the stream open.</param>
    /// <param name="options">Parser limits, or null.</param>
    /// <returns>The message.</returns>
    public static MimeMessage Load(Stream stream, bool leaveOpen = false, MimeParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = Seekable(stream, leaveOpen);
        var parsed = MimeParser.Parse(source.Stream, options);
        return new MimeMessage(source, parsed.Root, parsed);
    }

    /// <summary>Parses a message from a stream without blocking a thread while waiting for data (see <see cref="Load(Stream, bool, MimeParserOptions?)"/>).</summary>
    /// <param name="stream">The message.</param>
    /// <param name="leaveOpen">Whether disposing the message leaves the stream open.</param>
    /// <param name="options">Parser limits, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The message.</returns>
    public static async Task<MimeMessage> LoadAsync(Stream stream, bool leaveOpen = false, MimeParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        MessageSource source;
        if (stream.CanSeek) source = new MessageSource(Window(stream), owns: !leaveOpen);
        else
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            if (!leaveOpen) await stream.DisposeAsync().ConfigureAwait(false);
            copy.Position = 0;
            source = new MessageSource(copy, owns: true);
        }
        var parsed = await MimeParser.ParseAsync(source.Stream, options, cancellationToken).ConfigureAwait(false);
        return new MimeMessage(source, parsed.Root, parsed);
    }

    /// <summary>Wraps an existing parse and the seekable bytes it was made from (offsets count from position 0).</summary>
    /// <param name="parsed">The parse.</param>
    /// <param name="source">The message bytes, seekable.</param>
    /// <param name="leaveOpen">Whether disposing the message leaves the stream open.</param>
    /// <returns>The message.</returns>
    public static MimeMessage FromParsed(ParsedMessage parsed, Stream source, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(source);
        if (!source.CanSeek) throw new ArgumentException("the source must be seekable", nameof(source));
        return new MimeMessage(new MessageSource(source, owns: !leaveOpen), parsed.Root, parsed);
    }

    private static MessageSource Seekable(Stream stream, bool leaveOpen)
    {
        if (stream.CanSeek) return new MessageSource(Window(stream), owns: !leaveOpen);
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        if (!leaveOpen) stream.Dispose();
        copy.Position = 0;
        return new MessageSource(copy, owns: true);
    }

    // Offsets are relative to where the message starts; a stream positioned later is viewed from there.
    private static Stream Window(Stream stream) => stream.Position == 0 ? stream : new OffsetStream(stream, stream.Position);

    /// <summary>The entity this message is (the parse root, or the message inside a message/rfc822 part).</summary>
    public MimePart Entity { get; }

    /// <summary>The whole parse (sizes, repairs) for a top-level message; null for an attached message.</summary>
    public ParsedMessage? Parsed { get; }

    /// <summary>The header fields.</summary>
    public HeaderList Headers => Entity.Header;

    /// <summary>From addresses (names decoded).</summary>
    public IReadOnlyList<MessageAddress> From => Addresses("From");

    /// <summary>The Sender address, or null.</summary>
    public MessageAddress? Sender => Addresses("Sender") is { Count: > 0 } s ? s[0] : null;

    /// <summary>Reply-To addresses.</summary>
    public IReadOnlyList<MessageAddress> ReplyTo => Addresses("Reply-To");

    /// <summary>To addresses.</summary>
    public IReadOnlyList<MessageAddress> To => Addresses("To");

    /// <summary>Cc addresses.</summary>
    public IReadOnlyList<MessageAddress> Cc => Addresses("Cc");

    /// <summary>Bcc addresses.</summary>
    public IReadOnlyList<MessageAddress> Bcc => Addresses("Bcc");

    /// <summary>The decoded subject, or null.</summary>
    public string? Subject => Headers["Subject"];

    /// <summary>The Date header parsed (see <see cref="MailDate"/>), or null.</summary>
    public DateTimeOffset? Date => MailDate.TryParse(Headers.Get("Date")?.Value);

    /// <summary>The Message-ID without angle brackets, or null.</summary>
    public string? MessageId => MessageIds.First(Headers.Get("Message-ID")?.Value);

    /// <summary>The first In-Reply-To id without angle brackets, or null.</summary>
    public string? InReplyTo => MessageIds.First(Headers.Get("In-Reply-To")?.Value);

    /// <summary>The References ids in order, without angle brackets.</summary>
    public IReadOnlyList<string> References
    {
        get
        {
            var ids = new List<string>();
            foreach (var f in Headers.GetAll("References")) ids.AddRange(MessageIds.All(f.Value));
            return ids;
        }
    }

    private BodyClassifier Bodies => _bodies ??= BodyClassifier.Classify(Entity);

    /// <summary>The text/plain body (transfer encoding and charset decoded, CRLF line ends), or null.</summary>
    public string? TextBody => _text ??= Bodies.Text is { } p ? ReadText(p) : null;

    /// <summary>The text/html body (decoded), or null.</summary>
    public string? HtmlBody => _html ??= Bodies.Html is { } p ? ReadText(p) : null;

    /// <summary>The part holding <see cref="TextBody"/>, or null.</summary>
    public MimePart? TextPart => Bodies.Text;

    /// <summary>The part holding <see cref="HtmlBody"/>, or null.</summary>
    public MimePart? HtmlPart => Bodies.Html;

    /// <summary>The attachments (disposition attachment, or non-text parts outside a multipart/related), attached messages included.</summary>
    public IReadOnlyList<MimeAttachment> Attachments => Parts(inline: false);

    /// <summary>Inline parts other than the bodies: inline images, multipart/related resources, further text parts.</summary>
    public IReadOnlyList<MimeAttachment> InlineParts => Parts(inline: true);

    /// <summary>The messages attached as message/rfc822 parts.</summary>
    public IReadOnlyList<MimeMessage> AttachedMessages
    {
        get
        {
            var result = new List<MimeMessage>();
            foreach (var a in Parts(inline: false))
                if (a.Message is { } m) result.Add(m);
            foreach (var a in Parts(inline: true))
                if (a.Message is { } m) result.Add(m);
            return result;
        }
    }

    /// <summary>A preview of the text (RFC 8970): see <see cref="MessagePreview"/>.</summary>
    /// <param name="maxLength">Most characters (at most 256; RFC 8970 recommends 200).</param>
    /// <returns>The preview, empty when the message has no text.</returns>
    public string GetPreview(int maxLength = MessagePreview.DefaultLength) => MessagePreview.Create(this, maxLength);

    internal Stream OpenDecoded(MimePart part) => Codecs.TransferEncoding.OpenDecoded(_source.OpenBody(part), part.TransferEncoding);

    private string ReadText(MimePart part)
    {
        using var content = OpenDecoded(part);
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return Charsets.Decode(copy.GetBuffer().AsSpan(0, (int)copy.Length), part.ContentType.Charset);
    }

    private List<MimeAttachment> Parts(bool inline)
    {
        if (_attachments is null)
        {
            var attachments = new List<MimeAttachment>();
            var inlineParts = new List<MimeAttachment>();
            foreach (var (part, isInline) in Bodies.Others) (isInline ? inlineParts : attachments).Add(new MimeAttachment(_source, part, isInline));
            (_attachments, _inline) = (attachments, inlineParts);
        }
        return inline ? _inline! : _attachments;
    }

    private List<MessageAddress> Addresses(string name)
    {
        var result = new List<MessageAddress>();
        foreach (var f in Headers.GetAll(name)) result.AddRange(MessageAddress.ParseList(f.UnfoldedBytes()));
        return result;
    }

    /// <summary>Releases the source stream when the message owns it. Attached messages share their parent's source.</summary>
    public void Dispose()
    {
        if (Parsed is not null) _source.Dispose();
    }

    /// <summary>The subject, for debugging.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subject} ({Date})";
}
