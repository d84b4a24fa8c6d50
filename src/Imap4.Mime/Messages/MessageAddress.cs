using Imap4.Mime.Codecs;
using Imap4.Mime.Headers;

namespace Imap4.Mime.Messages;

/// <summary>
/// One mailbox of an address header, for people: the display name decoded (RFC 2047, UTF-8 or Latin-1 raw bytes),
/// the address <c>local@domain</c>, and the name of the group it was listed in, if any.
/// </summary>
/// <param name="Name">The decoded display name, or null.</param>
/// <param name="Address">The address (<c>local@domain</c>; only the local part when the domain is missing; empty when both are).</param>
/// <param name="GroupName">The group (RFC 5322 <c>group: a, b;</c>) it belongs to, or null.</param>
public sealed record MessageAddress(string? Name, string Address, string? GroupName = null)
{
    /// <summary>Creates an address without a display name.</summary>
    /// <param name="address">The address.</param>
    public MessageAddress(string address)
        : this(null, address)
    {
    }

    /// <summary>The domain part of <see cref="Address"/> (after the last <c>@</c>), or empty.</summary>
    public string Domain => Address.LastIndexOf('@') is int at and >= 0 ? Address[(at + 1)..] : "";

    /// <summary><c>Name &lt;address&gt;</c>, or the bare address without a name (not header-encoded: see the builder).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.IsNullOrEmpty(Name) ? Address : $"{Name} <{Address}>";

    /// <summary>Parses an address list header value (groups flattened, names decoded).</summary>
    /// <param name="value">The unfolded raw value.</param>
    /// <returns>The addresses (possibly empty).</returns>
    public static IReadOnlyList<MessageAddress> ParseList(ReadOnlySpan<byte> value)
    {
        var result = new List<MessageAddress>();
        string? group = null;
        foreach (var raw in AddressParser.Parse(value))
        {
            if (raw.IsGroupMarker)
            {
                group = raw.Mailbox is null ? null : Decode(raw.Mailbox);
                continue;
            }
            string local = Missing(raw.Mailbox, "MISSING_MAILBOX"u8) ? "" : Charsets.DecodeRawHeader(raw.Mailbox);
            string domain = Missing(raw.Host, "MISSING_DOMAIN"u8) ? "" : Charsets.DecodeRawHeader(raw.Host);
            string address = domain.Length == 0 ? local : local + "@" + domain;
            string? name = raw.Name is null ? null : Decode(raw.Name);
            if (address.Length == 0 && string.IsNullOrEmpty(name)) continue;
            result.Add(new MessageAddress(string.IsNullOrEmpty(name) ? null : name, address, group));
        }
        return result;
    }

    private static bool Missing(byte[]? value, ReadOnlySpan<byte> marker) => value is null || value.AsSpan().SequenceEqual(marker);

    private static string Decode(byte[] raw) => EncodedWords.Decode(Charsets.DecodeRawHeader(raw));
}
