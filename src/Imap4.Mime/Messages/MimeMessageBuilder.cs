using System.Text;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Messages;

/// <summary>
/// Builds a valid MIME message (for APPEND, sending, tests): non-ASCII header text as RFC 2047 words, parameters as
/// RFC 2231, bodies in UTF-8 as 7bit, quoted-printable or base64 as their content needs, lines of at most 998 (in practice
/// 78) characters, unique boundaries. Structure: text and HTML become multipart/alternative, inline parts a
/// multipart/related around the HTML, attachments a multipart/mixed around everything.
/// </summary>
public sealed class MimeMessageBuilder
{
    private readonly List<MessageAddress> _from = [];
    private readonly List<MessageAddress> _to = [];
    private readonly List<MessageAddress> _cc = [];
    private readonly List<MessageAddress> _bcc = [];
    private readonly List<MessageAddress> _replyTo = [];
    private readonly List<string> _references = [];
    private readonly List<(string Name, string Value)> _extra = [];
    private readonly List<(string? ContentId, string FileName, string ContentType, byte[] Content)> _attachments = [];
    private readonly List<(string? ContentId, string FileName, string ContentType, byte[] Content)> _inline = [];
    private static readonly System.Buffers.SearchValues<char> IdSpecials = System.Buffers.SearchValues.Create("<> \t\r\n");
    private MessageAddress? _sender;
    private string? _subject;
    private DateTimeOffset? _date;
    private string? _messageId;
    private string? _inReplyTo;
    private string? _text;
    private string? _html;

    /// <summary>Adds a From address.</summary>
    /// <param name="address">The address, e.g. <c>a@example.org</c>.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder From(string address, string? name = null) => Add(_from, address, name);

    /// <summary>Adds a To address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder To(string address, string? name = null) => Add(_to, address, name);

    /// <summary>Adds a Cc address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Cc(string address, string? name = null) => Add(_cc, address, name);

    /// <summary>Adds a Bcc address (written to the message, as a sent-mail copy keeps it).</summary>
    /// <param name="address">The address.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Bcc(string address, string? name = null) => Add(_bcc, address, name);

    /// <summary>Adds a Reply-To address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder ReplyTo(string address, string? name = null) => Add(_replyTo, address, name);

    /// <summary>Adds addresses (with group names, if set) to a header: <c>From</c>, <c>To</c>, <c>Cc</c>, <c>Bcc</c> or <c>Reply-To</c>.</summary>
    /// <param name="header">The header name.</param>
    /// <param name="addresses">The addresses.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Addresses(string header, params IEnumerable<MessageAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var list = header.ToUpperInvariant() switch
        {
            "FROM" => _from,
            "TO" => _to,
            "CC" => _cc,
            "BCC" => _bcc,
            "REPLY-TO" => _replyTo,
            _ => throw new ArgumentException("not an address header: " + header, nameof(header)),
        };
        foreach (var a in addresses) list.Add(Checked(a));
        return this;
    }

    /// <summary>Sets the Sender.</summary>
    /// <param name="address">The address.</param>
    /// <param name="name">The display name, or null.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Sender(string address, string? name = null)
    {
        _sender = Checked(new MessageAddress(name, address));
        return this;
    }

    /// <summary>Sets the subject.</summary>
    /// <param name="subject">Any text.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Subject(string subject)
    {
        _subject = subject ?? throw new ArgumentNullException(nameof(subject));
        return this;
    }

    /// <summary>Sets the date (default: now).</summary>
    /// <param name="date">The date; its offset is kept.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Date(DateTimeOffset date)
    {
        _date = date;
        return this;
    }

    /// <summary>Sets the Message-ID (default: a new unique one).</summary>
    /// <param name="id">The id without angle brackets, e.g. <c>abc@example.org</c>.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder MessageId(string id)
    {
        _messageId = CheckedId(id);
        return this;
    }

    /// <summary>Sets In-Reply-To.</summary>
    /// <param name="id">The id without angle brackets.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder InReplyTo(string id)
    {
        _inReplyTo = CheckedId(id);
        return this;
    }

    /// <summary>Adds References ids.</summary>
    /// <param name="ids">Ids without angle brackets.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder References(params IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (string id in ids) _references.Add(CheckedId(id));
        return this;
    }

    /// <summary>Adds another header field (the value is RFC 2047-encoded when it is not plain ASCII).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Header(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        foreach (char c in name)
            if (c <= 32 || c >= 127 || c == ':') throw new ArgumentException("invalid header field name: " + name, nameof(name));
        _extra.Add((name, value));
        return this;
    }

    /// <summary>Sets the plain-text body.</summary>
    /// <param name="text">The text (any line ends).</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Text(string text)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        return this;
    }

    /// <summary>Sets the HTML body.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Html(string html)
    {
        _html = html ?? throw new ArgumentNullException(nameof(html));
        return this;
    }

    /// <summary>Adds an attachment.</summary>
    /// <param name="fileName">The file name (any characters).</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The media type, or null to guess it from the file name.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Attach(string fileName, byte[] content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        _attachments.Add((null, fileName, CheckedType(contentType ?? MediaTypes.FromFileName(fileName)), content));
        return this;
    }

    /// <summary>Adds an attachment read from a stream (now, to its end).</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The media type, or null to guess it from the file name.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder Attach(string fileName, Stream content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return Attach(fileName, copy.ToArray(), contentType);
    }

    /// <summary>Adds an inline part the HTML refers to as <c>cid:contentId</c> (an image, usually).</summary>
    /// <param name="contentId">The Content-ID without angle brackets.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The media type, or null to guess it from the file name.</param>
    /// <returns>This builder.</returns>
    public MimeMessageBuilder AttachInline(string contentId, string fileName, byte[] content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        _inline.Add((CheckedId(contentId), fileName, CheckedType(contentType ?? MediaTypes.FromFileName(fileName)), content));
        return this;
    }

    /// <summary>Writes the message.</summary>
    /// <returns>The message bytes (CRLF line ends; UTF-8 only in RFC 6532 addresses).</returns>
    public byte[] ToBytes()
    {
        var output = new StringBuilder();
        WriteHeaders(output);
        var body = BuildBody();
        body.Write(output);
        if (body.Children is not null) output.Append("\r\n");
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    /// <summary>Writes the message to a stream.</summary>
    /// <param name="output">Where to write.</param>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes());
    }

    /// <summary>Writes the message and parses it back.</summary>
    /// <returns>The message.</returns>
    public MimeMessage Build() => MimeMessage.Load(ToBytes());

    private void WriteHeaders(StringBuilder output)
    {
        var date = _date ?? DateTimeOffset.Now;
        HeaderFormatter.AppendField(output, "Date", MailDate.Format(date.AddTicks(-(date.Ticks % TimeSpan.TicksPerSecond))));
        AppendAddresses(output, "From", _from);
        if (_sender is not null) AppendAddresses(output, "Sender", [_sender]);
        AppendAddresses(output, "Reply-To", _replyTo);
        AppendAddresses(output, "To", _to);
        AppendAddresses(output, "Cc", _cc);
        AppendAddresses(output, "Bcc", _bcc);
        if (_subject is not null) HeaderFormatter.AppendField(output, "Subject", HeaderFormatter.Unstructured(_subject));
        string domain = _from.Count > 0 && _from[0].Domain.Length > 0 ? _from[0].Domain : "localhost";
        HeaderFormatter.AppendField(output, "Message-ID", "<" + (_messageId ?? Guid.NewGuid().ToString("N") + "@" + domain) + ">");
        if (_inReplyTo is not null) HeaderFormatter.AppendField(output, "In-Reply-To", "<" + _inReplyTo + ">");
        if (_references.Count > 0) HeaderFormatter.AppendField(output, "References", "<" + string.Join("> <", _references) + ">");
        foreach (var (name, value) in _extra) HeaderFormatter.AppendField(output, name, HeaderFormatter.Unstructured(value));
        HeaderFormatter.AppendField(output, "MIME-Version", "1.0");
    }

    private static void AppendAddresses(StringBuilder output, string name, List<MessageAddress> list)
    {
        if (list.Count > 0) HeaderFormatter.AppendField(output, name, HeaderFormatter.AddressList(list));
    }

    private BuilderPart BuildBody()
    {
        BuilderPart? html = _html is null ? null : BuilderPart.Text("html", _html);
        if (html is not null && _inline.Count > 0)
        {
            var related = new List<BuilderPart> { html };
            foreach (var p in _inline) related.Add(FilePart(p, "inline"));
            html = BuilderPart.Multipart("related", related);
        }
        BuilderPart? text = _text is null ? null : BuilderPart.Text("plain", _text);
        BuilderPart? body = text is not null && html is not null ? BuilderPart.Multipart("alternative", [text, html]) : text ?? html;
        if (_attachments.Count == 0) return body ?? BuilderPart.Text("plain", "");
        var mixed = new List<BuilderPart>();
        if (body is not null) mixed.Add(body);
        foreach (var a in _attachments) mixed.Add(FilePart(a, "attachment"));
        if (html is null && _inline.Count > 0)
            foreach (var p in _inline) mixed.Add(FilePart(p, "inline"));
        return BuilderPart.Multipart("mixed", mixed);
    }

    private static BuilderPart FilePart((string? ContentId, string FileName, string ContentType, byte[] Content) file, string disposition)
    {
        var type = new StringBuilder(file.ContentType);
        if (file.FileName.Length > 0) HeaderFormatter.AppendParameter(type, "name", file.FileName);
        var part = BuilderPart.Binary(type.ToString(), file.Content);
        var value = new StringBuilder(disposition);
        if (file.FileName.Length > 0) HeaderFormatter.AppendParameter(value, "filename", file.FileName);
        part.Headers.Add(("Content-Disposition", value.ToString()));
        if (file.ContentId is not null) part.Headers.Add(("Content-ID", "<" + file.ContentId + ">"));
        return part;
    }

    private MimeMessageBuilder Add(List<MessageAddress> list, string address, string? name)
    {
        list.Add(Checked(new MessageAddress(name, address)));
        return this;
    }

    private static MessageAddress Checked(MessageAddress a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (string.IsNullOrWhiteSpace(a.Address) || a.Address.AsSpan().IndexOfAny(IdSpecials) >= 0)
            throw new ArgumentException("invalid address: " + a.Address, nameof(a));
        return a;
    }

    private static string CheckedId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.AsSpan().IndexOfAny(IdSpecials) >= 0) throw new ArgumentException("a message id has no brackets or white space: " + id, nameof(id));
        return id;
    }

    private static string CheckedType(string contentType)
    {
        var parsed = ContentType.Parse(Encoding.ASCII.GetBytes(contentType));
        if (parsed.IsBroken || contentType.AsSpan().IndexOfAny("\r\n") >= 0 || parsed.IsType("multipart"))
            throw new ArgumentException("invalid media type: " + contentType, nameof(contentType));
        return contentType;
    }
}
