namespace Imap4.Server.Commands;

/// <summary>
/// How a command relates to message sequence numbers (RFC 9051 section 7.5.1). The session uses it to decide when
/// pending EXPUNGE responses may be sent: never while a command that uses sequence numbers runs (FETCH, STORE, SEARCH),
/// and a command that breaks them (UID EXPUNGE, EXPUNGE, CLOSE) ends a pipeline of sequence-number commands.
/// </summary>
public enum SequenceNumberUse
{
    /// <summary>The command neither uses nor changes sequence numbers (LOGIN, CAPABILITY, UID FETCH...).</summary>
    None,

    /// <summary>The command's arguments or results use sequence numbers (FETCH, STORE, SEARCH, COPY by number).</summary>
    Uses,

    /// <summary>The command may change sequence numbers (EXPUNGE, CLOSE, SELECT and what ends a selection).</summary>
    Breaks,
}
