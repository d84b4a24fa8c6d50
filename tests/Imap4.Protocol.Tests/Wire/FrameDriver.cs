using System.Buffers;
using System.Globalization;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Tests.Wire;

/// <summary>
/// Plays the caller of <see cref="ImapFramer"/> as a pipe reader would: bytes arrive in chunks, each Decode sees the
/// unconsumed bytes (segmented at the arrival boundaries, or one byte per segment), literals are accepted or streamed,
/// Bad results are skipped. Events carry absolute stream offsets, so they do not depend on how the bytes arrived.
/// </summary>
internal sealed class FrameDriver
{
    private readonly ImapFramer _framer;
    private readonly bool _streamLiterals;
    private readonly bool _oneBytePerSegment;

    public FrameDriver(ImapLimits limits, bool tolerateBareLineFeed = false, bool streamLiterals = false, bool oneBytePerSegment = false)
    {
        _framer = new ImapFramer(limits, tolerateBareLineFeed);
        _streamLiterals = streamLiterals;
        _oneBytePerSegment = oneBytePerSegment;
    }

    public List<string> Events { get; } = [];

    /// <summary>The most bytes held unconsumed at once.</summary>
    public long MaxBuffered { get; private set; }

    public ImapFramer Framer => _framer;

    /// <summary>Feeds <paramref name="data"/>, arriving in pieces that end at <paramref name="arrivals"/> (then at the end).</summary>
    public List<string> Run(byte[] data, params int[] arrivals)
    {
        var ends = new List<int>();
        foreach (int a in arrivals)
            if (a > 0 && a < data.Length && (ends.Count == 0 || a > ends[^1])) ends.Add(a);
        ends.Add(data.Length);
        long consumed = 0, toStream = 0;
        foreach (int received in ends)
        {
            while (true)
            {
                if (toStream > 0)
                {
                    long n = Math.Min(toStream, received - consumed);
                    consumed += n;
                    toStream -= n;
                    if (toStream > 0) break;
                }
                MaxBuffered = Math.Max(MaxBuffered, received - consumed);
                var result = _framer.Decode(Buffer(data, (int)consumed, received, ends));
                if (result.Status == FrameStatus.NeedMoreData) break;
                consumed = Handle(result, data, consumed, ref toStream);
            }
        }
        Events.Add(string.Create(CultureInfo.InvariantCulture, $"end {consumed}"));
        return Events;
    }

    private long Handle(FrameResult r, byte[] data, long consumed, ref long toStream)
    {
        switch (r.Status)
        {
            case FrameStatus.Complete:
                Events.Add(string.Create(CultureInfo.InvariantCulture, $"frame {consumed} {Latin1(data, consumed, r.Length)}"));
                _framer.Reset();
                return consumed + r.Length;
            case FrameStatus.LiteralAnnounced:
                Events.Add(string.Create(CultureInfo.InvariantCulture,
                    $"literal {consumed + r.Length} {r.LiteralSize} sync={r.LiteralSynchronizing} bin={r.LiteralBinary} fits={r.LiteralFitsFrame}"));
                if (!_streamLiterals)
                {
                    _framer.AcceptLiteral();
                    return consumed;
                }
                _framer.ResumeAfterStreamedLiteral();
                toStream = r.LiteralSize;
                return consumed + r.Length;
            case FrameStatus.Bad:
                Events.Add(string.Create(CultureInfo.InvariantCulture, $"bad {r.Error} {consumed + r.ErrorPosition}"));
                _framer.SkipRestOfLine();
                return consumed;
            case FrameStatus.Discard:
                return consumed + r.Length;
            default:
                throw new InvalidOperationException(r.ToString());
        }
    }

    private ReadOnlySequence<byte> Buffer(byte[] data, int start, int end, List<int> arrivals)
    {
        var slice = data[start..end];
        if (_oneBytePerSegment) return Segments.OneBytePerSegment(slice);
        var cuts = new List<int>();
        foreach (int a in arrivals)
            if (a > start && a < end) cuts.Add(a - start);
        return Segments.Split(slice, [.. cuts]);
    }

    public static string Latin1(byte[] data, long start, long length) =>
        Encoding.Latin1.GetString(data, (int)start, (int)length);
}
