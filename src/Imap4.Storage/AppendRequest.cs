using Imap4.Protocol.Primitives;

namespace Imap4.Storage;

/// <summary>One message to append.</summary>
/// <param name="Content">The message bytes, read once to their end (not disposed by the store).</param>
/// <param name="Flags">Initial flags and keywords; <c>\Recent</c> is ignored. Null for none.</param>
/// <param name="InternalDate">INTERNALDATE, or null for the time of the append.</param>
public sealed record AppendRequest(Stream Content, IReadOnlyCollection<Flag>? Flags = null, DateTimeOffset? InternalDate = null)
{
    /// <summary>The message bytes.</summary>
    public Stream Content { get; } = Content ?? throw new ArgumentNullException(nameof(Content));
}
