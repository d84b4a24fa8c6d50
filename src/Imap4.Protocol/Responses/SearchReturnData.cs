using System.Buffers;
using System.Text;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// One item of an ESEARCH response (<c>search-return-data</c>, RFC 4731, 5267, 7162, 9051, 9394): <c>MIN n</c>,
/// <c>MAX n</c>, <c>COUNT n</c>, <c>MODSEQ n</c>, <c>ALL set</c>, <c>PARTIAL (range set)</c>, <c>ADDTO (...)</c>,
/// <c>REMOVEFROM (...)</c>, or an extension's item kept as wire text. <see cref="ToString"/> gives the wire form.
/// </summary>
public abstract record SearchReturnData
{
    private protected SearchReturnData(string name) => Name = name;

    /// <summary>The item's name, upper case.</summary>
    public string Name { get; }

    /// <summary><c>MIN n</c>: the lowest match.</summary>
    /// <param name="value">The number, from 1.</param>
    /// <returns>The item.</returns>
    public static NumberReturnData Min(uint value) => new("MIN", value);

    /// <summary><c>MAX n</c>: the highest match.</summary>
    /// <param name="value">The number, from 1.</param>
    /// <returns>The item.</returns>
    public static NumberReturnData Max(uint value) => new("MAX", value);

    /// <summary><c>COUNT n</c>: how many match.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The item.</returns>
    public static NumberReturnData Count(uint value) => new("COUNT", value);

    /// <summary><c>MODSEQ n</c>: the highest mod-sequence of the matches (RFC 7162).</summary>
    /// <param name="value">The mod-sequence.</param>
    /// <returns>The item.</returns>
    public static NumberReturnData ModSeq(ulong value) => new("MODSEQ", value);

    /// <summary><c>ALL set</c>: every match.</summary>
    /// <param name="set">The matches.</param>
    /// <returns>The item.</returns>
    public static SetReturnData All(SequenceSet set) => new("ALL", set);

    /// <summary><c>PARTIAL (range set)</c>, or <c>PARTIAL (range NIL)</c> when <paramref name="results"/> is null.</summary>
    /// <param name="range">The requested window.</param>
    /// <param name="results">The matches in the window, or null for none.</param>
    /// <returns>The item.</returns>
    public static PartialReturnData Partial(PartialResultRange range, SequenceSet? results) => new(range, results);

    /// <summary>Writes the item.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw(Name);
        writer.WriteSpace();
        WriteValue(writer);
    }

    /// <summary>Writes what follows the name and its SP.</summary>
    /// <param name="writer">Where to write.</param>
    private protected abstract void WriteValue(ImapWriter writer);

    /// <summary>The wire form, e.g. <c>MIN 2</c>.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads one <c>search-return-data</c>.</summary>
    /// <param name="reader">The reader, at the item's name.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ImapParseException">Malformed.</exception>
    public static SearchReturnData Read(ref ImapReader reader)
    {
        long start = reader.Position;
        string name = reader.ReadAtom().ToUpperInvariant();
        if (!TaggedExtensionValue.IsLabel(name)) throw new ImapParseException(start, "expected search-return-data");
        reader.ReadSpace();
        return name switch
        {
            "MIN" or "MAX" => new NumberReturnData(name, reader.ReadNzNumber()),
            "COUNT" => new NumberReturnData(name, reader.ReadNumber()),
            "MODSEQ" => new NumberReturnData(name, reader.ReadNumber64()),
            "ALL" => new SetReturnData(name, reader.ReadSequenceSet()),
            "PARTIAL" => PartialReturnData.ReadValue(ref reader),
            "ADDTO" or "REMOVEFROM" => UpdateReturnData.ReadValue(ref reader, name),
            _ => new ExtensionReturnData(name, TaggedExtensionValue.Read(ref reader)),
        };
    }
}
