namespace Imap4.Protocol.Commands;

/// <summary>The DEPTH option of GETMETADATA (RFC 5464 scope-opt).</summary>
public enum MetadataDepth
{
    /// <summary><c>DEPTH 0</c>: only the named entries (the default when the option is absent).</summary>
    Zero,

    /// <summary><c>DEPTH 1</c>: the entries and their immediate children.</summary>
    One,

    /// <summary><c>DEPTH infinity</c>: the entries and all their descendants.</summary>
    Infinity,
}
