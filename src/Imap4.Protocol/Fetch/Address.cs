using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// One address of an ENVELOPE (RFC 9051 section 7.5.2), each part as sent: <c>(name adl mailbox host)</c>.
/// RFC 5322 group syntax is flattened into the list: a group start has a null <see cref="Host"/> and the group name in
/// <see cref="Mailbox"/>; a group end has both null.
/// </summary>
/// <param name="Name">The display name (may hold RFC 2047 encoded words, not decoded here), or null.</param>
/// <param name="Adl">The source route (obsolete at-domain-list), or null.</param>
/// <param name="Mailbox">The local part; the group name of a group start; null for a group end.</param>
/// <param name="Host">The domain; null for group start and end markers.</param>
public sealed record Address(string? Name, string? Adl, string? Mailbox, string? Host)
{
    /// <summary>Creates a group start marker (<c>(NIL NIL "group-name" NIL)</c>).</summary>
    /// <param name="groupName">The group's display name.</param>
    /// <returns>The marker.</returns>
    public static Address GroupStart(string groupName) => new(null, null, groupName, null);

    /// <summary>The group end marker (<c>(NIL NIL NIL NIL)</c>).</summary>
    public static Address GroupEnd { get; } = new(null, null, null, null);

    /// <summary>True when this entry opens a group (host NIL, mailbox holding the group name).</summary>
    public bool IsGroupStart => Host is null && Mailbox is not null;

    /// <summary>True when this entry closes a group (mailbox and host NIL).</summary>
    public bool IsGroupEnd => Host is null && Mailbox is null;

    /// <summary><c>mailbox@host</c> for an ordinary address; null for group markers.</summary>
    public string? EmailAddress => Host is null ? null : Mailbox + "@" + Host;

    /// <summary>
    /// Human-readable form: <c>Name &lt;mailbox@host&gt;</c> (the name quoted when it holds specials), <c>mailbox@host</c>
    /// without a name, <c>group:</c> for a group start and <c>;</c> for a group end.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsGroupEnd) return ";";
        if (IsGroupStart) return Mailbox + ":";
        string address = EmailAddress!;
        if (string.IsNullOrEmpty(Name)) return address;
        return NeedsQuoting(Name) ? $"\"{Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{address}>" : $"{Name} <{address}>";
    }

    private static readonly System.Buffers.SearchValues<char> Specials = System.Buffers.SearchValues.Create("()<>[]:;@\\,.\"");

    private static bool NeedsQuoting(string name) => name.AsSpan().IndexOfAny(Specials) >= 0;

    /// <summary>Reads <c>"(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"</c>.</summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The address.</returns>
    public static Address Read(ref ImapReader reader)
    {
        reader.EnterList();
        string? name = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? adl = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? mailbox = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ReadSpace();
        string? host = FetchStrings.ReadNString(ref reader, intern: false);
        reader.ExitList();
        return name is null && adl is null && mailbox is null && host is null ? GroupEnd : new Address(name, adl, mailbox, host);
    }

    /// <summary>Writes the address in its wire form.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'(');
        writer.WriteNString(Name);
        writer.WriteSpace();
        writer.WriteNString(Adl);
        writer.WriteSpace();
        writer.WriteNString(Mailbox);
        writer.WriteSpace();
        writer.WriteNString(Host);
        writer.WriteByte((byte)')');
    }

    /// <summary>Reads an address list: <c>"(" 1*address ")"</c> or NIL (null). An empty list <c>()</c> is accepted (some servers).</summary>
    internal static IReadOnlyList<Address>? ReadList(ref ImapReader reader)
    {
        if (!reader.TryEnterList())
        {
            if (!reader.TryReadNil()) reader.Fail("expected address list or NIL");
            return null;
        }
        var list = new ListBuilder<Address>();
        while (!reader.TryExitList())
        {
            reader.TryReadSpace(); // tolerated: some servers separate addresses with SP
            list.Add(Read(ref reader));
        }
        return list.ToArray();
    }

    /// <summary>Writes an address list (no SP between addresses, as RFC 9051's examples) or NIL.</summary>
    internal static void WriteList(ImapWriter writer, IReadOnlyList<Address>? list)
    {
        if (list is null)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        foreach (Address a in list) a.Write(writer);
        writer.WriteByte((byte)')');
    }

    /// <summary>Joins a list of addresses for display, e.g. <c>A &lt;a@x&gt;, group: B &lt;b@y&gt;;</c>.</summary>
    /// <param name="list">The addresses.</param>
    /// <returns>The text.</returns>
    public static string Format(IReadOnlyList<Address>? list)
    {
        if (list is null) return string.Empty;
        var sb = new StringBuilder();
        for (int i = 0; i < list.Count; i++)
        {
            Address a = list[i];
            if (i > 0 && !a.IsGroupEnd) sb.Append(list[i - 1].IsGroupStart ? " " : ", ");
            sb.Append(a.ToString());
        }
        return sb.ToString();
    }
}
