namespace Imap4.Protocol.Search;

/// <summary>entry-type-req of the MODSEQ search key (RFC 7162): which metadata item the mod-sequence applies to.</summary>
public enum ModSeqEntryType
{
    /// <summary><c>all</c>: private or shared.</summary>
    All,

    /// <summary><c>priv</c>: the private metadata item.</summary>
    Private,

    /// <summary><c>shared</c>: the shared metadata item.</summary>
    Shared,
}
