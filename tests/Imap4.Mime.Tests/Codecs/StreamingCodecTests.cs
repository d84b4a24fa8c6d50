using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Imap4.Mime.Codecs;

namespace Imap4.Mime.Tests.Codecs;

public sealed class StreamingCodecTests
{
    private static byte[] Decode(byte[] encoded, string encoding, int chunk)
    {
        using var stream = TransferEncoding.OpenDecoded(new Trickle(encoded, chunk), encoding);
        using var output = new MemoryStream();
        var buffer = new byte[7];
        int n;
        while ((n = stream.Read(buffer)) > 0) output.Write(buffer, 0, n);
        return output.ToArray();
    }

    [Fact]
    public void Quoted_printable_round_trips_and_streams_in_any_chunks()
    {
        var gen = ArbMap.Default.GeneratorFor<byte[]>().Select(b => b.Select(x => x % 5 == 0 ? (byte)'\n' : x).ToArray());
        Prop.ForAll(Gen.Zip(gen, Gen.Choose(1, 40)).ToArbitrary(), t =>
        {
            var (bytes, chunk) = t;
            string encoded = QuotedPrintable.Encode(bytes);
            bool shortLines = encoded.Split("\r\n").All(l => l.Length <= 76);
            byte[] expected = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
            return shortLines && Ascii.IsValid(encoded)
                && QuotedPrintable.Decode(Encoding.ASCII.GetBytes(encoded)).AsSpan().SequenceEqual(expected)
                && Decode(Encoding.ASCII.GetBytes(encoded), "quoted-printable", chunk).AsSpan().SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quoted_printable_encodes_trailing_space_and_equals()
    {
        Assert.Equal("a=3Db =20\r\nc=09", QuotedPrintable.Encode("a=b  \nc\t"u8).Replace("a=3Db =20", "a=3Db =20", StringComparison.Ordinal));
    }

    [Fact]
    public void Base64_streams_like_the_tolerant_decoder()
    {
        Prop.ForAll(Gen.Zip(ArbMap.Default.GeneratorFor<byte[]>(), Gen.Choose(1, 40)).ToArbitrary(), t =>
        {
            var (bytes, chunk) = t;
            byte[] encoded = Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks));
            return Decode(encoded, "BASE64", chunk).AsSpan().SequenceEqual(bytes);
        }).QuickCheckThrowOnFailure();
        Assert.Equal("Hello", Encoding.ASCII.GetString(Decode("SGV*sbG8"u8.ToArray(), "base64", 3)));
    }

    [Fact]
    public void Identity_encodings_pass_through()
    {
        Assert.Equal("x=41"u8.ToArray(), Decode("x=41"u8.ToArray(), "7bit", 2));
        Assert.Equal("x=41"u8.ToArray(), Decode("x=41"u8.ToArray(), "x-unknown", 2));
        Assert.True(TransferEncoding.IsIdentity(null));
        Assert.False(TransferEncoding.IsIdentity(" Base64 "));
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read.</summary>
    private sealed class Trickle(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
