using System.Text;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Parsing;

/// <summary>One parse: the line reader, the stack of active boundaries, and the recursive descent over entities.</summary>
internal sealed class MimeParserRun
{
    private const int NoBoundary = -1;
    private readonly LineReader _reader;
    private readonly MimeParserOptions _options;
    private readonly List<byte[]> _boundaries = [];
    private readonly List<string> _repairs = [];
    private int _longestBoundary;
    private bool _lastHitCloses;
    private int _parts;

    // Set when the boundary line just read ended an empty epilogue (it directly follows a close delimiter): Dovecot
    // then gives the line end before it to the entities that end there instead of to the boundary. After an epilogue
    // of one or more lines the usual rule applies.
    private bool _afterEpilogue;

    private readonly CancellationToken _cancellationToken;

    public MimeParserRun(LineReader reader, MimeParserOptions options, CancellationToken cancellationToken = default)
    {
        _reader = reader;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses; completes synchronously when the line reader is synchronous.</summary>
    public async ValueTask<ParsedMessage> RunAsync()
    {
        var root = new MimePart(null, 0);
        await ReadEntityAsync(root, inDigest: false).ConfigureAwait(false);
        return new ParsedMessage(root, _reader.Position, _reader.Position + _reader.BareLines, _reader.Lines, _repairs);
    }

    /// <summary>Reads a header and body; returns the index of the boundary whose line ended it, or -1 at end of input.</summary>
    private async ValueTask<int> ReadEntityAsync(MimePart part, bool inDigest)
    {
        _parts++;
        _afterEpilogue = false;
        part.HeaderOffset = _reader.Position;
        part.LinesAtHeader = _reader.Lines;
        part.BareAtHeader = _reader.BareLines;
        var (header, hit, sawBlankLine) = await HeaderReader.ReadAsync(_reader, this).ConfigureAwait(false);
        part.Header = header;
        if (hit != NoBoundary)
        {
            // The header ran into a boundary: the line end before it belongs to the boundary, the body is empty.
            SetBodyStartBeforeLine(part);
            SetEndBeforeLine(part);
            SetContentType(part, inDigest);
            return hit;
        }
        part.BodyOffset = _reader.Position;
        part.LinesAtBody = _reader.Lines;
        part.BareAtBody = _reader.BareLines;
        if (!sawBlankLine && _reader.Position > part.HeaderOffset) Repair("header not ended by a blank line");
        SetContentType(part, inDigest);
        hit = await ReadBodyAsync(part).ConfigureAwait(false);
        if (hit == NoBoundary) SetEndAtEof(part);
        else SetEndBeforeLine(part);
        return hit;
    }

    private void SetContentType(MimePart part, bool inDigest)
    {
        var field = part.Header.Get("Content-Type");
        var parsed = field is null ? null : ContentType.Parse(field.UnfoldedBytes());
        if (parsed is { IsBroken: true }) Repair("malformed Content-Type: " + field!.Value);
        part.HasContentType = parsed is not null;
        part.ContentType = parsed ?? (inDigest ? ContentType.DigestDefault : ContentType.Default);
    }

    private async ValueTask<int> ReadBodyAsync(MimePart part)
    {
        var type = part.ContentType;
        bool canNest = part.Depth < _options.MaxDepth && _parts < _options.MaxParts;
        if (type.IsType("multipart"))
        {
            byte[]? boundary = type.RawParameter("boundary");
            if (boundary is { Length: > 0 } && canNest) return await ReadMultipartAsync(part, boundary).ConfigureAwait(false);
            if (boundary is not { Length: > 0 })
            {
                // Dovecot: a multipart without boundary has no parts; its body is skipped.
                Repair("multipart without boundary");
                part.Kind = MimePartKind.Multipart;
                return await SkipLinesAsync().ConfigureAwait(false);
            }
            Repair("nesting too deep: multipart read as a leaf");
        }
        else if (IsEncapsulated(type))
        {
            if (canNest)
            {
                part.Kind = MimePartKind.Message;
                var message = new MimePart(part, part.Depth + 1);
                part.Message = message;
                return await ReadEntityAsync(message, inDigest: false).ConfigureAwait(false);
            }
            Repair("nesting too deep: message read as a leaf");
        }
        return await SkipLinesAsync().ConfigureAwait(false);
    }

    private bool IsEncapsulated(ContentType type) =>
        type.Is("message", "rfc822") || (_options.ParseMessageGlobal && type.Is("message", "global"));

    private async ValueTask<int> ReadMultipartAsync(MimePart part, byte[] boundary)
    {
        part.Kind = MimePartKind.Multipart;
        int index = Push(boundary);
        bool digest = part.ContentType.Is("multipart", "digest");
        int hit = await SkipLinesAsync().ConfigureAwait(false); // preamble
        while (hit == index && !_lastHitCloses)
        {
            var child = new MimePart(part, part.Depth + 1);
            part.AddChild(child);
            hit = await ReadEntityAsync(child, digest).ConfigureAwait(false);
        }
        if (hit == index)
        {
            Pop();
            long epilogueStart = _reader.Position;
            int outer = await SkipLinesAsync().ConfigureAwait(false); // epilogue
            _afterEpilogue = outer != NoBoundary && _reader.LineStart == epilogueStart;
            return outer;
        }
        if (hit == NoBoundary) Repair("multipart not closed by its boundary");
        if (part.Children.Count == 0) Repair("multipart without parts");
        Pop();
        return hit;
    }

    /// <summary>Skips body lines to the next boundary line of any enclosing multipart.</summary>
    public async ValueTask<int> SkipLinesAsync()
    {
        _afterEpilogue = false;
        if (_boundaries.Count == 0)
        {
            while (await _reader.ReadLineAsync(0, _cancellationToken).ConfigureAwait(false))
            {
            }
            return NoBoundary;
        }
        int keep = _longestBoundary + 4;
        while (await _reader.ReadLineAsync(keep, _cancellationToken).ConfigureAwait(false))
        {
            int hit = FindBoundary(_reader.Kept);
            if (hit != NoBoundary) return hit;
        }
        return NoBoundary;
    }

    /// <summary>The longest active boundary that the line starts with (after "--"), or -1; sets whether it closes.</summary>
    public int FindBoundary(ReadOnlySpan<byte> line)
    {
        if (_boundaries.Count == 0 || line.Length < 2 || line[0] != (byte)'-' || line[1] != (byte)'-') return NoBoundary;
        var rest = line[2..];
        int best = NoBoundary;
        for (int i = _boundaries.Count - 1; i >= 0; i--)
        {
            var b = _boundaries[i];
            if (rest.StartsWith(b) && (best == NoBoundary || b.Length > _boundaries[best].Length)) best = i;
        }
        if (best != NoBoundary) _lastHitCloses = rest[_boundaries[best].Length..].StartsWith("--"u8);
        return best;
    }

    private int Push(byte[] boundary)
    {
        _boundaries.Add(boundary);
        _longestBoundary = Math.Max(_longestBoundary, boundary.Length);
        return _boundaries.Count - 1;
    }

    private void Pop()
    {
        _boundaries.RemoveAt(_boundaries.Count - 1);
        _longestBoundary = 0;
        foreach (var b in _boundaries) _longestBoundary = Math.Max(_longestBoundary, b.Length);
    }

    private void SetBodyStartBeforeLine(MimePart part)
    {
        part.BodyOffset = _reader.LineStart;
        part.LinesAtBody = _reader.LinesBefore;
        part.BareAtBody = _reader.BareLinesBefore;
    }

    /// <summary>
    /// Ends a part before the boundary line just read; the line end before a boundary belongs to the boundary, even when
    /// it is the blank line after the header (then the header shrinks, as in Dovecot).
    /// </summary>
    private void SetEndBeforeLine(MimePart part)
    {
        int t = _afterEpilogue ? 0 : _reader.PreviousTerminator;
        long end = _reader.LineStart - t;
        long lines = _reader.LinesBefore - (t > 0 ? 1 : 0);
        long bare = _reader.BareLinesBefore - (t == 1 ? 1 : 0);
        if (end < part.HeaderOffset)
        {
            end = part.HeaderOffset;
            lines = part.LinesAtHeader;
            bare = part.BareAtHeader;
        }
        if (end < part.BodyOffset)
        {
            part.BodyOffset = end;
            part.LinesAtBody = lines;
            part.BareAtBody = bare;
        }
        part.EndOffset = end;
        part.LinesAtEnd = lines;
        part.BareAtEnd = bare;
    }

    private void SetEndAtEof(MimePart part)
    {
        part.EndOffset = _reader.Position;
        part.LinesAtEnd = _reader.Lines;
        part.BareAtEnd = _reader.BareLines;
    }

    public int HeaderKeepLimit => _options.MaxHeaderBytes;

    public CancellationToken CancellationToken => _cancellationToken;

    public void Repair(string what)
    {
        if (_repairs.Count < 100) _repairs.Add(what);
    }

    internal static string Describe(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 60)]);
}
