namespace Imap4.Mime.Codecs;

/// <summary>An incremental, tolerant base64 decoder state (4 sextets to 3 bytes).</summary>
internal struct Base64Decoder
{
    private int _bits;
    private int _count;

    /// <summary>Set when input contained bytes outside the alphabet (other than white space) or a dangling sextet.</summary>
    public bool SawGarbage { get; private set; }

    public void Push(byte b, List<byte> output)
    {
        int v = Base64Codec.Value(b);
        if (v >= 0)
        {
            _bits = (_bits << 6) | v;
            if (++_count == 4)
            {
                output.Add((byte)(_bits >> 16));
                output.Add((byte)(_bits >> 8));
                output.Add((byte)_bits);
                _bits = 0;
                _count = 0;
            }
        }
        else if (b == (byte)'=') Finish(output);
        else if (b is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')) SawGarbage = true;
    }

    /// <summary>Ends a quantum (padding or end of input), emitting the whole bytes a partial quantum holds.</summary>
    public void Finish(List<byte> output)
    {
        if (_count >= 2)
        {
            int bits = _bits << (6 * (4 - _count));
            output.Add((byte)(bits >> 16));
            if (_count == 3) output.Add((byte)(bits >> 8));
        }
        else if (_count == 1) SawGarbage = true;
        _count = 0;
        _bits = 0;
    }
}
