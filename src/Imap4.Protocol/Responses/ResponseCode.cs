using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// A response code, <c>[NAME]</c> or <c>[NAME arguments]</c> (RFC 9051 resp-text-code, RFC 5530 and extensions).
/// Codes without data are instances of this class (see the static members); codes with data are subclasses; unknown
/// codes keep their raw argument text in <see cref="RawArguments"/>.
/// </summary>
public partial record ResponseCode
{
    /// <summary>Creates a code.</summary>
    /// <param name="name">The code's atom, e.g. <c>ALERT</c>; kept upper case.</param>
    /// <param name="rawArguments">For codes this library does not model: the text after the name, or null.</param>
    public ResponseCode(string name, string? rawArguments = null)
    {
        if (!ImapChars.IsAtom(name)) throw new ArgumentException($"'{name}' is not an atom", nameof(name));
        Name = name.ToUpperInvariant();
        RawArguments = rawArguments;
    }

    /// <summary>The code's name, upper case.</summary>
    public string Name { get; }

    /// <summary>For a code this library does not model, the text between the name and "]"; otherwise null.</summary>
    public string? RawArguments { get; }

    /// <summary>Writes <c>[NAME args]</c>.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'[');
        writer.WriteRaw(Name);
        WriteArguments(writer);
        writer.WriteByte((byte)']');
    }

    /// <summary>Writes the arguments, each preceded by SP. The base writes <see cref="RawArguments"/> when present.</summary>
    /// <param name="writer">Where to write.</param>
    protected virtual void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (RawArguments is null) return;
        writer.WriteSpace();
        writer.WriteRaw(Encoding.UTF8.GetBytes(RawArguments));
    }

    /// <inheritdoc />
    public sealed override string ToString()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
