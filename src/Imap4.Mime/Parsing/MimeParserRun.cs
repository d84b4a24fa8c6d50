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

    public MimeParserRun(LineReader reader, MimeParserOptions options)
    {
        _reader = reader;
        _options = options;
    }

    public ParsedMessage Run()
    {
        var root = new MimePart(null, 0);
        ReadEntity(root, inDigest: false);
        return new ParsedMessage(root, _reader.Position, _reader.Position + _reader.BareLines, _reader.Lines, _repairs);
    }

    /// <summary>Reads a header and body; returns the index of the boundary whose line ended it, or -1 at end of input.</summary>
    private int ReadEntity(MimePart part, bool inDigest)
    {
        _parts++;
        _afterEpilogue = false;
        part.HeaderOffset = _reader.Position;
        part.LinesAtHeader = _reader.Lines;
        part.BareAtHeader = _reader.BareLines;
        var header = HeaderReader.Read(_reader, this, out int hit, out bool sawBlankLine);
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
        hit = ReadBody(part);
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

    private int ReadBody(MimePart part)
    {
        var type = part.ContentType;
        bool canNest = part.Depth < _options.MaxDepth && _parts < _options.MaxParts;
        if (type.IsType("multipart"))
        {
            byte[]? boundary = type.RawParameter("boundary");
            if (boundary is { Length: > 0 } && canNest) return ReadMultipart(part, boundary);
            if (boundary is not { Length: > 0 })
            {
                // Dovecot: a multipart without boundary has no parts; its body is skipped.
                Repair("multipart without boundary");
                part.Kind = MimePartKind.Multipart;
                return SkipLines();
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
                return ReadEntity(message, inDigest: false);
            }
            Repair("nesting too deep: message read as a leaf");
        }
        return SkipLines();
    }

    private bool IsEncapsulated(ContentType type) =>
        type.Is("message", "rfc822") || (_options.ParseMessageGlobal && type.Is("message", "global"));

    private int ReadMultipart(MimePart part, byte[] boundary)
    {
        part.Kind = MimePartKind.Multipart;
        int index = Push(boundary);
        bool digest = part.ContentType.Is("multipart", "digest");
        int hit = SkipLines(); // preamble
        while (hit == index && !_lastHitCloses)
        {
            var child = new MimePart(part, part.Depth + 1);
            part.AddChild(child);
            hit = ReadEntity(child, digest);
        }
        if (hit == index)
        {
            Pop();
            long epilogueStart = _reader.Position;
            int outer = SkipLines(); // epilogue
            _afterEpilogue = outer != NoBoundary && _reader.LineStart == epilogueStart;
            return outer;
        }
        if (hit == NoBoundary) Repair("multipart not closed by its boundary");
        if (part.Children.Count == 0) Repair("multipart without parts");
        Pop();
        return hit;
    }

    /// <summary>Skips body lines to the next boundary line of any enclosing multipart.</summary>
    public int SkipLines()
    {
        _afterEpilogue = false;
        if (_boundaries.Count == 0)
        {
            while (_reader.ReadLine(0))
            {
            }
            return NoBoundary;
        }
        int keep = _longestBoundary + 4;
        while (_reader.ReadLine(keep))
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

    public void Repair(string what)
    {
        if (_repairs.Count < 100) _repairs.Add(what);
    }

    internal static string Describe(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 60)]);
}
