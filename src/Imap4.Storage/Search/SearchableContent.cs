using System.Text;
using Imap4.Mime;
using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;
using Imap4.Mime.Sections;

namespace Imap4.Storage.Search;

/// <summary>
/// A message's text as searches see it: header values with encoded words decoded, and the body with transfer
/// encodings and charsets decoded (text parts and the headers of attached messages). Decoded lazily, once.
/// </summary>
public sealed class SearchableContent
{
    private readonly ParsedMessage _message;
    private readonly Stream _content;
    private string? _headerText;
    private string? _bodyText;

    /// <summary>Creates the view.</summary>
    /// <param name="message">The parse of the content.</param>
    /// <param name="content">The content, seekable; it must stay open while the view is used.</param>
    public SearchableContent(ParsedMessage message, Stream content)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek) throw new ArgumentException("The content stream must be seekable.", nameof(content));
        _message = message;
        _content = content;
    }

    /// <summary>The top-level header.</summary>
    public HeaderList Header => _message.Root.Header;

    /// <summary>Every top-level header field as <c>Name: decoded value</c>, one per line.</summary>
    public string HeaderText => _headerText ??= Describe(_message.Root.Header);

    /// <summary>The decoded body text.</summary>
    public string BodyText => _bodyText ??= BuildBody();

    private static string Describe(HeaderList header)
    {
        var sb = new StringBuilder();
        foreach (HeaderField f in header) sb.Append(f.Name).Append(": ").Append(f.DecodedValue).Append('\n');
        return sb.ToString();
    }

    private string BuildBody()
    {
        var sb = new StringBuilder();
        AppendBody(sb, _message.Root);
        return sb.ToString();
    }

    private void AppendBody(StringBuilder sb, MimePart part)
    {
        switch (part.Kind)
        {
            case MimePartKind.Multipart:
                foreach (MimePart child in part.Children) AppendBody(sb, child);
                break;
            case MimePartKind.Message when part.Message is { } inner:
                sb.Append(Describe(inner.Header)).Append('\n');
                AppendBody(sb, inner);
                break;
            default:
                if (part.ContentType.IsType("text") || part.ContentType.IsType("message")) sb.Append(DecodeLeaf(part)).Append('\n');
                break;
        }
    }

    private string DecodeLeaf(MimePart part)
    {
        _content.Position = 0;
        byte[]? bytes = BinaryContent.Decode(_content, _message, part);
        if (bytes is null)
        {
            // Unknown encoding or broken base64: search what is there rather than nothing.
            bytes = new byte[part.BodyLength];
            _content.Position = part.BodyOffset;
            _content.ReadExactly(bytes);
        }
        return Charsets.Decode(bytes, part.ContentType.Charset);
    }
}
