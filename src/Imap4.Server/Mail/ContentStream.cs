using System.Runtime.InteropServices;

namespace Imap4.Server.Mail;

/// <summary>Read-only streams over message bytes already in memory, without copying them when possible.</summary>
internal static class ContentStream
{
    public static MemoryStream Of(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
