namespace Imap4.Server.Session;

/// <summary>What follows a streamed APPEND literal: the end of the command, another message, or an error.</summary>
/// <param name="Message">The next announced message (also set when its options were invalid), or null.</param>
/// <param name="Ended">True when the command's bytes have all been consumed (or left for the reader to discard).</param>
/// <param name="Error">Why the rest of the command is invalid, or null.</param>
/// <param name="Close">True when the connection must close (a refused LITERAL+ literal that cannot be skipped).</param>
internal readonly record struct StreamedPart(AnnouncedMessage? Message, bool Ended, string? Error, bool Close = false);
