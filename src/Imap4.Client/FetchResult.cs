using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>
/// One message's FETCH data, typed. Items that were not fetched are null. The raw response is
/// <see cref="Response"/>.
/// </summary>
public sealed class FetchResult
{
    internal FetchResult(FetchResponse response) => Response = response;

    /// <summary>The FETCH response as parsed by the protocol layer.</summary>
    public FetchResponse Response { get; }

    /// <summary>The message's sequence number at the time of the response.</summary>
    public uint SequenceNumber => Response.SequenceNumber;

    /// <summary>The UID (always present in UID FETCH responses).</summary>
    public uint? Uid => Response.Uid;

    /// <summary>The message's flags.</summary>
    public IReadOnlyList<Flag>? Flags => Response.Flags;

    /// <summary>The internal (arrival) date.</summary>
    public DateTimeOffset? InternalDate => Response.InternalDate;

    /// <summary>The size in octets (RFC822.SIZE).</summary>
    public ulong? Size => Response.Size;

    /// <summary>The envelope (parsed header summary).</summary>
    public Envelope? Envelope => Response.Envelope;

    /// <summary>The MIME structure (BODYSTRUCTURE or BODY).</summary>
    public BodyStructure? BodyStructure => Response.BodyStructure;

    /// <summary>The mod-sequence (CONDSTORE).</summary>
    public ulong? ModSeq => Response.ModSeq;

    /// <summary>The message's object id (OBJECTID EMAILID).</summary>
    public string? EmailId => Response.EmailId;

    /// <summary>The thread's object id (OBJECTID THREADID).</summary>
    public string? ThreadId => Response.ThreadId;

    /// <summary>The preview text (PREVIEW).</summary>
    public string? Preview => Response.Preview;

    /// <summary>Gmail labels (X-GM-LABELS).</summary>
    public IReadOnlyList<string>? GmailLabels => Response.GmailLabels;

    /// <summary>Gmail message id (X-GM-MSGID).</summary>
    public ulong? GmailMessageId => Response.GmailMessageId;

    /// <summary>Gmail thread id (X-GM-THRID).</summary>
    public ulong? GmailThreadId => Response.GmailThreadId;

    /// <summary>Every BODY[section] item returned.</summary>
    public IEnumerable<BodySectionItem> Sections => Response.Sections;

    /// <summary>True when the flags include <paramref name="flag"/>.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>Whether it is set.</returns>
    public bool HasFlag(Flag flag)
    {
        if (Flags is null) return false;
        foreach (Flag f in Flags)
            if (f.Equals(flag)) return true;
        return false;
    }

    /// <summary>The content of a BODY[section] item (a partial one with <paramref name="origin"/>), or null when absent or NIL.</summary>
    /// <param name="section">The section, e.g. <see cref="BodySection.All"/> or <see cref="BodySection.Header"/>.</param>
    /// <param name="origin">The origin octet of a partial fetch, or null.</param>
    /// <returns>The bytes, or null.</returns>
    public ReadOnlyMemory<byte>? GetSection(BodySection section, uint? origin = null) => Response.GetSection(section, origin)?.Content;

    /// <summary>The content of a BODY[section] item given as text, e.g. <c>"1.2"</c>, <c>"HEADER"</c>, <c>""</c>.</summary>
    /// <param name="section">The section specification (what goes between the brackets).</param>
    /// <param name="origin">The origin octet of a partial fetch, or null.</param>
    /// <returns>The bytes, or null.</returns>
    public ReadOnlyMemory<byte>? GetSection(string section, uint? origin = null) => GetSection(FetchItems.ParseSection(section), origin);

    /// <summary>The decoded content of a BINARY[part] item, or null.</summary>
    /// <param name="part">The part path, empty for the whole message.</param>
    /// <returns>The bytes, or null.</returns>
    public ReadOnlyMemory<byte>? GetBinary(params uint[] part) => Response.GetBinary(part)?.Content;

    /// <summary>Opens a fetched section as a read-only stream; null when absent or NIL.</summary>
    /// <param name="section">The section.</param>
    /// <param name="origin">The origin octet of a partial fetch, or null.</param>
    /// <returns>The stream, or null.</returns>
    public Stream? OpenSection(BodySection section, uint? origin = null) => GetSection(section, origin) is { } bytes ? ImapMessage.OpenMemory(bytes) : null;

    /// <summary>The FETCH response in wire form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Response.ToString();
}
