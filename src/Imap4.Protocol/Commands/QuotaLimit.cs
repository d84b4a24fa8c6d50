using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>One resource limit of SETQUOTA (RFC 9208 setquota-resource): <c>STORAGE 512</c>.</summary>
public readonly record struct QuotaLimit
{
    /// <summary><c>STORAGE</c>: the sum of messages' RFC822.SIZE, in units of 1024 octets.</summary>
    public const string Storage = "STORAGE";

    /// <summary><c>MESSAGE</c>: the number of messages.</summary>
    public const string Message = "MESSAGE";

    /// <summary><c>MAILBOX</c>: the number of mailboxes.</summary>
    public const string Mailbox = "MAILBOX";

    /// <summary><c>ANNOTATION-STORAGE</c>: the size of annotations, in units of 1024 octets.</summary>
    public const string AnnotationStorage = "ANNOTATION-STORAGE";

    /// <summary>Creates a limit.</summary>
    /// <param name="resource">The resource name, an atom (case-insensitive; kept upper-cased).</param>
    /// <param name="limit">The limit (number64).</param>
    /// <exception cref="ArgumentException">The resource is not an atom, or the limit exceeds 2^63-1.</exception>
    public QuotaLimit(string resource, ulong limit)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!ImapChars.IsAtom(resource)) throw new ArgumentException($"'{resource}' is not a resource name (atom)", nameof(resource));
        if (limit > long.MaxValue) throw new ArgumentOutOfRangeException(nameof(limit), "a resource limit is at most 2^63-1");
        Resource = resource.ToUpperInvariant();
        Limit = limit;
    }

    /// <summary>The resource name, upper case.</summary>
    public string Resource { get; }

    /// <summary>The limit.</summary>
    public ulong Limit { get; }

    /// <summary>The wire form, e.g. <c>STORAGE 512</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Resource} {Limit}";
}
