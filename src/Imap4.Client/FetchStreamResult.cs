namespace Imap4.Client;

/// <summary>The outcome of <see cref="ImapConnection.FetchToStreamAsync"/>.</summary>
/// <param name="Result">The tagged OK and the FETCH responses (streamed literals appear in them as empty).</param>
/// <param name="StreamedBytes">Bytes written to the destination.</param>
/// <param name="StreamedLiterals">Literals written to the destination.</param>
public sealed record FetchStreamResult(ImapCommandResult Result, long StreamedBytes, int StreamedLiterals);
