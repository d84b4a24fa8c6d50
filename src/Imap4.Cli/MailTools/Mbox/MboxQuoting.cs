namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// mboxrd quoting as a streaming byte filter: every line matching <c>^&gt;*From </c> gets one more <c>&gt;</c> when
/// quoting, and every line matching <c>^&gt;+From </c> loses one when unquoting. Runs of <c>&gt;</c> are counted, not
/// buffered, so memory stays constant whatever the input.
/// </summary>
internal sealed class MboxQuoting
{
    private static readonly byte[] From = "From "u8.ToArray();
    private readonly bool _quote;
    private readonly Stream _output;
    private long _greaterThans;
    private int _matched;
    private bool _atLineStart = true;

    /// <summary>Creates a filter writing to <paramref name="output"/>.</summary>
    /// <param name="quote">True to quote (writing mbox), false to unquote (reading).</param>
    /// <param name="output">Receives the filtered bytes.</param>
    public MboxQuoting(bool quote, Stream output)
    {
        _quote = quote;
        _output = output;
    }

    /// <summary>Filters a chunk.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var pending = new MemoryStream();
        Filter(data.Span, pending);
        if (pending.Length > 0) await _output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what is still undecided (a final line that is only a prefix of <c>&gt;*From </c>).</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = new MemoryStream();
        if (_atLineStart) Emit(pending, false);
        _atLineStart = true;
        if (pending.Length > 0) await _output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken).ConfigureAwait(false);
    }

    private void Filter(ReadOnlySpan<byte> data, MemoryStream output)
    {
        foreach (byte b in data) Step(b, output);
    }

    private void Step(byte b, MemoryStream output)
    {
        if (!_atLineStart)
        {
            output.WriteByte(b);
            if (b == (byte)'\n') _atLineStart = true;
            return;
        }
        if (b == (byte)'>' && _matched == 0)
        {
            _greaterThans++;
            return;
        }
        if (b == From[_matched])
        {
            if (++_matched < From.Length) return;
            Emit(output, true);
            _atLineStart = false;
            return;
        }
        Emit(output, false);
        _atLineStart = false;
        Step(b, output);
    }

    /// <summary>Writes the held prefix: the <c>&gt;</c> run (one more or one less on a match) and the matched letters.</summary>
    private void Emit(MemoryStream output, bool isFromLine)
    {
        long count = _greaterThans;
        if (isFromLine) count += _quote ? 1 : count > 0 ? -1 : 0;
        for (long i = 0; i < count; i++) output.WriteByte((byte)'>');
        output.Write(From, 0, _matched);
        _greaterThans = 0;
        _matched = 0;
    }
}
