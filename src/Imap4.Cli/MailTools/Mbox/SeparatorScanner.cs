namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// Finds the end of an mbox message in a byte stream: a newline followed by <c>From </c>. The newline is held back
/// until the next bytes show whether it is content or the separator, so that it can be dropped.
/// </summary>
internal sealed class SeparatorScanner
{
    private static readonly byte[] From = "From "u8.ToArray();
    private bool _heldNewline;
    private int _matched;

    /// <summary>Copies content bytes to <paramref name="output"/> until a separator.</summary>
    /// <param name="data">The next bytes.</param>
    /// <param name="output">Receives content.</param>
    /// <param name="consumed">How many bytes were used (up to and including the separator's <c>From </c>).</param>
    /// <returns>True when a separator ended the message.</returns>
    public bool Scan(ReadOnlySpan<byte> data, MemoryStream output, out int consumed)
    {
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            if (_heldNewline)
            {
                if (b == From[_matched])
                {
                    if (++_matched < From.Length) continue;
                    _heldNewline = false;
                    _matched = 0;
                    consumed = i + 1;
                    return true;
                }
                ReleaseHeld(output);
            }
            if (b == (byte)'\n') _heldNewline = true;
            else output.WriteByte(b);
        }
        consumed = data.Length;
        return false;
    }

    /// <summary>Ends the last message: a held newline alone is the final separator and is dropped.</summary>
    /// <param name="output">Receives what is content.</param>
    public void EndOfFile(MemoryStream output)
    {
        if (_heldNewline && _matched > 0) ReleaseHeld(output);
        _heldNewline = false;
        _matched = 0;
    }

    private void ReleaseHeld(MemoryStream output)
    {
        output.WriteByte((byte)'\n');
        output.Write(From, 0, _matched);
        _heldNewline = false;
        _matched = 0;
    }
}
