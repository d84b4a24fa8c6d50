using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// One message of an APPEND (several with MULTIAPPEND, RFC 3502): optional flags and internal date, then either the
/// message bytes (a literal, or a literal8 when <see cref="Binary"/>, RFC 3516) or a CATENATE list (RFC 4469).
/// This is the in-memory form; large messages are streamed by the client and server layers instead.
/// </summary>
public sealed record AppendMessage
{
    private readonly IReadOnlyList<Flag>? _flags;
    private readonly DateTimeOffset? _date;
    private readonly bool _utf8;

    /// <summary>Creates a message sent as a literal.</summary>
    /// <param name="content">The whole RFC 5322 message.</param>
    /// <param name="binary">True to send a literal8 (<c>~{n}</c>, BINARY), required when the content contains NUL.</param>
    /// <exception cref="ArgumentException">NUL in the content of a non-binary message.</exception>
    public AppendMessage(ReadOnlyMemory<byte> content, bool binary = false)
    {
        if (!binary && content.Span.Contains((byte)0))
            throw new ArgumentException("NUL needs a literal8: set binary.", nameof(content));
        Content = content;
        Binary = binary;
    }

    /// <summary>Creates a message the server assembles from parts (CATENATE).</summary>
    /// <param name="parts">At least one part.</param>
    /// <exception cref="ArgumentException">No parts.</exception>
    public AppendMessage(IEnumerable<CatenatePart> parts)
    {
        Catenate = CoreSyntax.Freeze(parts, nameof(parts));
        if (Catenate.Count == 0) throw new ArgumentException("CATENATE needs at least one part.", nameof(parts));
    }

    /// <summary>
    /// True to send the content as <c>UTF8 (~{n})</c> (RFC 6855): a message with UTF-8 headers, after ENABLE UTF8=ACCEPT.
    /// </summary>
    /// <remarks>Setting it makes <see cref="Binary"/> true: the content travels as a literal8.</remarks>
    public bool Utf8
    {
        get => _utf8;
        init
        {
            _utf8 = value;
            if (value) Binary = true;
        }
    }

    /// <summary>The message bytes; empty when <see cref="Catenate"/> is set.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>True when the content is sent as a literal8.</summary>
    public bool Binary { get; private init; }

    /// <summary>The CATENATE parts, or null for a message sent as a literal.</summary>
    public IReadOnlyList<CatenatePart>? Catenate { get; }

    /// <summary>Flags to set, or null to send no flag list (an empty list is sent as <c>()</c>). <c>\*</c> is refused.</summary>
    public IReadOnlyList<Flag>? Flags
    {
        get => _flags;
        init
        {
            if (value is null) { _flags = null; return; }
            IReadOnlyList<Flag> copy = CoreSyntax.Freeze(value, nameof(value));
            foreach (Flag f in copy)
                if (f.IsWildcard) throw new ArgumentException("\\* cannot be set on a message.", nameof(value));
            _flags = copy;
        }
    }

    /// <summary>The internal date to give the message, or null for the server's time. Fractions of a second are dropped.</summary>
    public DateTimeOffset? InternalDate
    {
        get => _date;
        init => _date = value is { } d ? d.AddTicks(-(d.Ticks % TimeSpan.TicksPerSecond)) : null;
    }

    /// <summary>Writes append-opts SP append-data, each part preceded by SP.</summary>
    internal void Write(ImapWriter writer)
    {
        if (_flags is not null)
        {
            writer.WriteSpace();
            writer.WriteFlagList(_flags);
        }
        if (_date is { } date)
        {
            writer.WriteSpace();
            writer.WriteDateTime(date);
        }
        writer.WriteSpace();
        if (Catenate is null)
        {
            if (Utf8) Utf8Literal.Write(writer, Content.Span);
            else writer.WriteLiteral(Content.Span, Binary);
            return;
        }
        writer.WriteRaw("CATENATE ("u8);
        for (int i = 0; i < Catenate.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            Catenate[i].Write(writer);
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads SP [flag-list SP] [date-time SP] append-data.</summary>
    internal static AppendMessage Read(ref ImapReader reader)
    {
        reader.ReadSpace();
        IReadOnlyList<Flag>? flags = null;
        DateTimeOffset? date = null;
        if (reader.TryPeek(out byte b) && b == '(')
        {
            flags = CoreSyntax.ReadAppendFlags(ref reader);
            reader.ReadSpace();
        }
        if (reader.TryPeek(out b) && b == '"')
        {
            date = reader.ReadDateTime();
            reader.ReadSpace();
        }
        AppendMessage message = ReadData(ref reader);
        return message with { Flags = flags, InternalDate = date };
    }

    private static AppendMessage ReadData(ref ImapReader reader)
    {
        if (reader.IsAtEndOfLine) reader.Fail("expected message literal");
        if (reader.TryReadKeyword("CATENATE"u8))
        {
            reader.ReadSpace();
            var parts = new List<CatenatePart>();
            reader.EnterList();
            do
            {
                parts.Add(CatenatePart.Read(ref reader));
            }
            while (reader.TryReadSpace());
            reader.ExitList();
            return new AppendMessage(parts);
        }
        if (reader.TryReadKeyword("UTF8"u8)) return new AppendMessage(Utf8Literal.Read(ref reader), binary: true) { Utf8 = true };
        long start = reader.Position;
        if (reader.Peek() is not ((byte)'{' or (byte)'~')) reader.Fail("expected message literal, UTF8 or CATENATE");
        ReadOnlyMemory<byte> content = CoreSyntax.Copy(reader.ReadLiteral(out bool binary));
        if (!binary && content.Span.Contains((byte)0))
            throw new ImapParseException(start, "NUL in message literal (only literal8 may hold NUL)");
        return new AppendMessage(content, binary);
    }

    /// <inheritdoc/>
    public bool Equals(AppendMessage? other) =>
        other is not null && Binary == other.Binary && Utf8 == other.Utf8 && Content.Span.SequenceEqual(other.Content.Span)
        && ValueEquality.Equal(Catenate, other.Catenate) && ValueEquality.Equal(_flags, other._flags)
        && Nullable.Equals(_date, other._date) && _date?.Offset == other._date?.Offset;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Binary, Utf8, ValueEquality.Hash(Content), ValueEquality.Hash(Catenate), ValueEquality.Hash(_flags), _date);

    /// <inheritdoc/>
    public override string ToString() =>
        $"AppendMessage {{ Flags = {CoreSyntax.Join(_flags)}, InternalDate = {_date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "null"}, " +
        (Catenate is null ? $"Content = <{Content.Length} bytes{(Binary ? ", binary" : "")}> }}" : $"Catenate = {CoreSyntax.Join(Catenate)} }}");
}
