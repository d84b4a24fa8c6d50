using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>The COPYUID data of a COPY or MOVE (RFC 4315): which source UID became which destination UID.</summary>
/// <param name="DestinationUidValidity">UIDVALIDITY of the destination.</param>
/// <param name="Mapping">Source and destination UIDs, ascending by source. Empty when no addressed message existed.</param>
public sealed record CopyResult(uint DestinationUidValidity, IReadOnlyList<(uint Source, uint Destination)> Mapping)
{
    /// <summary>The source UIDs in mapping order, or null when nothing was copied.</summary>
    public UidSet? SourceUids => Mapping.Count == 0 ? null : UidSet.FromOrderedValues(Mapping.Select(static m => m.Source));

    /// <summary>The destination UIDs in mapping order, or null when nothing was copied.</summary>
    public UidSet? DestinationUids => Mapping.Count == 0 ? null : UidSet.FromOrderedValues(Mapping.Select(static m => m.Destination));
}
