namespace Imap4.Protocol.Fetch;

/// <summary>What a <see cref="FetchAttribute"/> asks for (RFC 9051 fetch-att and its extensions).</summary>
public enum FetchAttributeKind
{
    /// <summary>The macro <c>ALL</c>: FLAGS INTERNALDATE RFC822.SIZE ENVELOPE.</summary>
    All,

    /// <summary>The macro <c>FAST</c>: FLAGS INTERNALDATE RFC822.SIZE.</summary>
    Fast,

    /// <summary>The macro <c>FULL</c>: FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY.</summary>
    Full,

    /// <summary><c>FLAGS</c>.</summary>
    Flags,

    /// <summary><c>UID</c>.</summary>
    Uid,

    /// <summary><c>INTERNALDATE</c>.</summary>
    InternalDate,

    /// <summary><c>RFC822.SIZE</c>.</summary>
    Rfc822Size,

    /// <summary><c>ENVELOPE</c>.</summary>
    Envelope,

    /// <summary><c>BODY</c>: the body structure without extension data.</summary>
    Body,

    /// <summary><c>BODYSTRUCTURE</c>.</summary>
    BodyStructure,

    /// <summary><c>BODY[section]&lt;partial&gt;</c>: sets \Seen.</summary>
    BodySection,

    /// <summary><c>BODY.PEEK[section]&lt;partial&gt;</c>: does not set \Seen.</summary>
    BodyPeek,

    /// <summary><c>BINARY[part]&lt;partial&gt;</c> (RFC 3516): the decoded content; sets \Seen.</summary>
    Binary,

    /// <summary><c>BINARY.PEEK[part]&lt;partial&gt;</c> (RFC 3516).</summary>
    BinaryPeek,

    /// <summary><c>BINARY.SIZE[part]</c> (RFC 3516): the decoded size.</summary>
    BinarySize,

    /// <summary><c>RFC822</c>: the whole message, like BODY[] (IMAP4rev1).</summary>
    Rfc822,

    /// <summary><c>RFC822.HEADER</c>: like BODY.PEEK[HEADER] (IMAP4rev1).</summary>
    Rfc822Header,

    /// <summary><c>RFC822.TEXT</c>: like BODY[TEXT] (IMAP4rev1).</summary>
    Rfc822Text,

    /// <summary><c>MODSEQ</c> (RFC 7162).</summary>
    ModSeq,

    /// <summary><c>EMAILID</c> (RFC 8474).</summary>
    EmailId,

    /// <summary><c>THREADID</c> (RFC 8474).</summary>
    ThreadId,

    /// <summary><c>SAVEDATE</c> (RFC 8514).</summary>
    SaveDate,

    /// <summary><c>PREVIEW</c> or <c>PREVIEW (LAZY)</c> (RFC 8970).</summary>
    Preview,

    /// <summary><c>X-GM-MSGID</c> (Gmail).</summary>
    GmailMessageId,

    /// <summary><c>X-GM-THRID</c> (Gmail).</summary>
    GmailThreadId,

    /// <summary><c>X-GM-LABELS</c> (Gmail).</summary>
    GmailLabels,
}
