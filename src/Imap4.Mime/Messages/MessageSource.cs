using Imap4.Mime.Sections;

namespace Imap4.Mime.Messages;

/// <summary>
/// The seekable bytes a <see cref="MimeMessage"/> was parsed from, shared by the message, its parts and its nested
/// messages; content is read from it on demand. Streams opened on it are not thread-safe with each other.
/// </summary>
internal sealed class MessageSource(Stream stream, bool owns) : IDisposable
{
    public Stream Stream { get; } = stream;

    /// <summary>A part's body as stored, line ends read as CRLF.</summary>
    public Stream OpenBody(MimePart part) => new CrlfRangeStream(Stream, part.BodyOffset, part.EndOffset, replaceNul: false);

    /// <summary>A part's body bytes as stored (exact bytes, for reparsing).</summary>
    public byte[] ReadRaw(long start, long end)
    {
        var bytes = new byte[end - start];
        Stream.Position = start;
        Stream.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (owns) Stream.Dispose();
    }
}
