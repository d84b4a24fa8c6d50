using Imap4.Protocol.Primitives;

namespace Imap4.Server.Session;

/// <summary>One APPEND message whose literal has been announced but not read: its options and the literal's form.</summary>
/// <param name="Flags">The flag list, or null.</param>
/// <param name="InternalDate">The date-time, or null.</param>
/// <param name="Size">The announced literal size.</param>
/// <param name="Synchronizing">True for <c>{n}</c> (the client waits for <c>+</c>), false for LITERAL+ <c>{n+}</c>.</param>
/// <param name="Binary">True for a literal8 (<c>~{n}</c>).</param>
internal sealed record AnnouncedMessage(IReadOnlyList<Flag>? Flags, DateTimeOffset? InternalDate, long Size, bool Synchronizing, bool Binary);
