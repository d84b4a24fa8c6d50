namespace Imap4.Mime.Codecs;

/// <summary>Streaming quoted-printable decoding: input is cut into lines, each decoded as <see cref="QuotedPrintable.Decode"/> does.</summary>
internal sealed class QuotedPrintableDecodingStream(Stream inner, bool leaveOpen) : DecodingStream(inner, leaveOpen)
{
    private readonly List<byte> _line = [];

    protected override void Decode(ReadOnlySpan<byte> input)
    {
        while (!input.IsEmpty)
        {
            int lf = input.IndexOf((byte)'\n');
            if (lf < 0)
            {
                _line.AddRange(input);
                return;
            }
            _line.AddRange(input[..(lf + 1)]);
            Pending.AddRange(QuotedPrintable.Decode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line)));
            _line.Clear();
            input = input[(lf + 1)..];
        }
    }

    protected override void Finish()
    {
        if (_line.Count > 0) Pending.AddRange(QuotedPrintable.Decode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_line)));
        _line.Clear();
    }
}
