using System.Buffers;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A string value with the form it travels in: atom (astring), quoted, or one of the literal forms. Constructors validate
/// that the bytes fit the form (no CR, LF or NUL in a quoted string; no NUL outside a literal8), so an invalid token
/// cannot exist. An nstring is an <see cref="ImapString"/> or null (NIL).
/// </summary>
public sealed class ImapString : IEquatable<ImapString>
{
    private readonly byte[] _bytes;

    private ImapString(byte[] bytes, StringForm form)
    {
        _bytes = bytes;
        Form = form;
    }

    /// <summary>The form on the wire.</summary>
    public StringForm Form { get; }

    /// <summary>The value's bytes (escapes removed; a literal's data).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>The value decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(_bytes);

    /// <summary>True for the three literal forms.</summary>
    public bool IsLiteral => Form is StringForm.Literal or StringForm.NonSynchronizingLiteral or StringForm.Literal8;

    /// <summary>The smallest form that can carry <paramref name="text"/>, as <see cref="ImapWriter.WriteAString(string)"/> picks it.</summary>
    /// <param name="text">The value.</param>
    /// <param name="utf8">True when UTF-8 may be quoted (UTF8=ACCEPT or IMAP4rev2).</param>
    /// <returns>The string.</returns>
    public static ImapString FromText(string text, bool utf8 = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (ImapChars.IsAStringAtom(text) && !text.Equals("NIL", StringComparison.OrdinalIgnoreCase)) return new(bytes, StringForm.Atom);
        if (CanQuote(bytes, utf8)) return new(bytes, StringForm.Quoted);
        return Literal(bytes);
    }

    /// <summary>A quoted string.</summary>
    /// <param name="text">The value: no CR, LF or NUL.</param>
    /// <returns>The string.</returns>
    /// <exception cref="ArgumentException">The value cannot be quoted.</exception>
    public static ImapString Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (!CanQuote(bytes, utf8: true)) throw new ArgumentException("a quoted string cannot hold CR, LF or NUL", nameof(text));
        return new(bytes, StringForm.Quoted);
    }

    /// <summary>A literal of the given form.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="form">One of the literal forms.</param>
    /// <returns>The string.</returns>
    /// <exception cref="ArgumentException">NUL outside a literal8, or a form that is not a literal.</exception>
    public static ImapString Literal(ReadOnlySpan<byte> data, StringForm form = StringForm.Literal)
    {
        if (form is not (StringForm.Literal or StringForm.NonSynchronizingLiteral or StringForm.Literal8))
            throw new ArgumentException($"{form} is not a literal form", nameof(form));
        if (form != StringForm.Literal8 && data.Contains((byte)0)) throw new ArgumentException("only a literal8 may hold NUL", nameof(data));
        return new(data.ToArray(), form);
    }

    /// <summary>Reads an astring (atom, quoted or literal), keeping its form.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The string.</returns>
    public static ImapString ReadAString(ref ImapReader reader)
    {
        byte b = reader.Peek();
        if (b == '"') return new(reader.ReadQuotedSpan().ToArray(), StringForm.Quoted);
        if (b is (byte)'{' or (byte)'~') return ReadLiteral(ref reader);
        return new(reader.ReadAStringAtomSpan().ToArray(), StringForm.Atom);
    }

    /// <summary>Reads an nstring: NIL (null), quoted or literal, keeping its form.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The string, or null for NIL.</returns>
    public static ImapString? ReadNString(ref ImapReader reader)
    {
        if (reader.TryReadNil()) return null;
        byte b = reader.Peek();
        if (b == '"') return new(reader.ReadQuotedSpan().ToArray(), StringForm.Quoted);
        if (b is (byte)'{' or (byte)'~') return ReadLiteral(ref reader);
        reader.Fail("expected NIL or string");
        return null;
    }

    private static ImapString ReadLiteral(ref ImapReader reader)
    {
        bool nonSync = IsNonSynchronizing(reader.Remaining);
        byte[] data = reader.ReadLiteral(out bool binary).ToArray();
        return new(data, binary ? StringForm.Literal8 : nonSync ? StringForm.NonSynchronizingLiteral : StringForm.Literal);
    }

    private static bool IsNonSynchronizing(ReadOnlySequence<byte> rest)
    {
        var r = new SequenceReader<byte>(rest);
        return r.TryAdvanceTo((byte)'}', advancePastDelimiter: false) && r.Consumed > 0 && rest.Slice(r.Consumed - 1, 1).FirstSpan[0] == '+';
    }

    /// <summary>
    /// Writes the value in its form. Whether a literal is synchronizing is the connection's business: the writer's
    /// <see cref="ImapWriterOptions.LiteralMode"/> decides between <c>{n}</c> and <c>{n+}</c>.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Form)
        {
            case StringForm.Atom:
                writer.WriteRaw(_bytes);
                break;
            case StringForm.Quoted:
                writer.WriteQuoted(_bytes);
                break;
            default:
                writer.WriteLiteral(_bytes, Form == StringForm.Literal8);
                break;
        }
    }

    private static bool CanQuote(byte[] bytes, bool utf8) =>
        bytes.AsSpan().IndexOfAny((byte)'\r', (byte)'\n', (byte)0) < 0 && (utf8 || Ascii.IsValid(bytes));

    /// <inheritdoc />
    public bool Equals(ImapString? other) => other is not null && Form == other.Form && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImapString);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Form, ValueEquality.Hash((ReadOnlyMemory<byte>?)_bytes));

    /// <summary>The value decoded as UTF-8 (not the wire form).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
