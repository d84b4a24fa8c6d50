using Imap4.Protocol.Primitives;
using Imap4.Protocol.Search;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>PARTIAL (range set)</c> or <c>PARTIAL (range NIL)</c> (RFC 5267, RFC 9394).</summary>
public sealed record PartialReturnData : SearchReturnData
{
    /// <summary>Creates the item.</summary>
    /// <param name="range">The requested window.</param>
    /// <param name="results">The matches in it, or null (NIL) for none.</param>
    public PartialReturnData(PartialResultRange range, SequenceSet? results)
        : base("PARTIAL")
    {
        Range = range;
        Results = results;
    }

    /// <summary>The requested window.</summary>
    public PartialResultRange Range { get; }

    /// <summary>The matches in the window, or null when none.</summary>
    public SequenceSet? Results { get; }

    /// <inheritdoc />
    private protected override void WriteValue(ImapWriter writer)
    {
        writer.WriteByte((byte)'(');
        Range.Write(writer);
        writer.WriteSpace();
        if (Results is null) writer.WriteNil();
        else writer.WriteSequenceSet(Results);
        writer.WriteByte((byte)')');
    }

    internal static PartialReturnData ReadValue(ref ImapReader reader)
    {
        reader.EnterList();
        PartialResultRange range = PartialResultRange.Read(ref reader);
        reader.ReadSpace();
        SequenceSet? results = reader.TryReadNil() ? null : reader.ReadSequenceSet();
        reader.ExitList();
        return new PartialReturnData(range, results);
    }
}
