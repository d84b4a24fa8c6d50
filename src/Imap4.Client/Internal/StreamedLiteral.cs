namespace Imap4.Client.Internal;

/// <summary>A literal sent from a stream after a command's last fragment (its announcement ends the fragment).</summary>
/// <param name="Content">The stream, positioned at the first byte to send.</param>
/// <param name="Length">Exactly how many bytes to send.</param>
internal sealed record StreamedLiteral(Stream Content, long Length);
