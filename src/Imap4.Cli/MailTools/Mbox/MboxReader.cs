namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// Reads an mboxrd file one message at a time without holding a message in memory: a line starting with
/// <c>From </c> separates messages, the newline before it belongs to the separator, and <c>&gt;From </c> lines are
/// unquoted. Each message's content is written to a caller's stream.
/// </summary>
internal sealed class MboxReader
{
    private static readonly byte[] From = "From "u8.ToArray();
    private readonly Stream _stream;
    private readonly MailToolsOptions _options;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private long _bufferOffset;
    private long _nextMessageOffset;
    private bool _separatorConsumed; // "From " of the next message was read while finding the end of this one

    /// <summary>Creates a reader positioned at a message start (a <c>From </c> line).</summary>
    /// <param name="stream">The mbox file, positioned at <paramref name="offset"/>.</param>
    /// <param name="offset">The file offset of the stream's position.</param>
    /// <param name="options">Limits.</param>
    public MboxReader(Stream stream, long offset, MailToolsOptions options)
    {
        _stream = stream;
        _options = options;
        _bufferOffset = offset;
        _nextMessageOffset = offset;
    }

    /// <summary>Reads the next message into <paramref name="content"/>.</summary>
    /// <param name="content">Receives the unquoted message bytes.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The message's offset, sender and date; null at the end of the file.</returns>
    /// <exception cref="FormatException">The data is not mbox (no <c>From </c> line, or one over the limit).</exception>
    public async Task<MboxEntry?> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        long offset = _nextMessageOffset;
        byte[]? fromLine = await ReadFromLineAsync(cancellationToken).ConfigureAwait(false);
        if (fromLine is null) return null;
        (string sender, DateTimeOffset? date) = MboxFromLine.Parse(fromLine);
        var unquote = new MboxQuoting(quote: false, content);
        var body = new MemoryStream();
        var scanner = new SeparatorScanner();
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                scanner.EndOfFile(body);
                await unquote.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken).ConfigureAwait(false);
                break;
            }
            bool separator = scanner.Scan(_buffer.AsSpan(_position, _length - _position), body, out int consumed);
            _position += consumed;
            await unquote.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken).ConfigureAwait(false);
            body.SetLength(0);
            if (separator)
            {
                _nextMessageOffset = _bufferOffset + _position - From.Length;
                _separatorConsumed = true;
                break;
            }
        }
        await unquote.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new MboxEntry(offset, sender, date);
    }

    private async Task<byte[]?> ReadFromLineAsync(CancellationToken cancellationToken)
    {
        var line = new MemoryStream();
        if (_separatorConsumed) line.Write(From);
        _separatorConsumed = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (line.Length == 0) return null;
                break;
            }
            int newline = Array.IndexOf(_buffer, (byte)'\n', _position, _length - _position);
            int end = newline < 0 ? _length : newline;
            line.Write(_buffer, _position, end - _position);
            _position = newline < 0 ? _length : newline + 1;
            if (line.Length > _options.MaxFromLineLength)
                throw new FormatException($"mbox: the From line at offset {_nextMessageOffset} is longer than {_options.MaxFromLineLength} bytes.");
            if (newline >= 0) break;
        }
        byte[] bytes = line.ToArray();
        if (!bytes.AsSpan().StartsWith(From)) throw new FormatException($"Not an mbox file: no 'From ' line at offset {_nextMessageOffset}.");
        return bytes;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _bufferOffset += _length;
        _length = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        _position = 0;
        return _length > 0;
    }
}
