namespace Imap4.Mime.Codecs;

/// <summary>Streaming, tolerant base64 decoding (the rules of <see cref="Base64Codec.DecodeTolerant(ReadOnlySpan{char})"/>).</summary>
internal sealed class Base64DecodingStream(Stream inner, bool leaveOpen) : DecodingStream(inner, leaveOpen)
{
    private Base64Decoder _state;

    protected override void Decode(ReadOnlySpan<byte> input)
    {
        foreach (byte b in input) _state.Push(b, Pending);
    }

    protected override void Finish() => _state.Finish(Pending);
}
