namespace Imap4.Protocol.Responses;

/// <summary>Which METADATA response code (RFC 5464) a <see cref="MetadataCode"/> is.</summary>
public enum MetadataCodeKind
{
    /// <summary><c>LONGENTRIES n</c>: GETMETADATA MAXSIZE left out values; n is the largest size.</summary>
    LongEntries,

    /// <summary><c>MAXSIZE n</c>: SETMETADATA failed; n is the largest value size the server accepts.</summary>
    MaxSize,

    /// <summary><c>TOOMANY</c>: too many annotations.</summary>
    TooMany,

    /// <summary><c>NOPRIVATE</c>: private annotations are not supported.</summary>
    NoPrivate,
}
