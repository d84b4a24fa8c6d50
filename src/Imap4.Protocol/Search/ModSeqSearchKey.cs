using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// <c>MODSEQ ["/flags/name" type] n</c> (RFC 7162): messages whose mod-sequence, optionally of one flag's metadata
/// item, is at least <paramref name="ModSeq"/>.
/// </summary>
/// <param name="ModSeq">The mod-sequence, 0 to 2^63-1.</param>
/// <param name="EntryName">
/// null, or the entry name as sent (unquoted), <c>/flags/</c> followed by a flag, e.g. <c>/flags/\draft</c>.
/// </param>
/// <param name="EntryType">Which metadata item; used only with <paramref name="EntryName"/>.</param>
public sealed record ModSeqSearchKey(ulong ModSeq, string? EntryName = null, ModSeqEntryType EntryType = ModSeqEntryType.All)
    : SearchKey
{
    private const string Prefix = "/flags/";

    /// <summary>The mod-sequence.</summary>
    public ulong ModSeq { get; } = ModSeq <= long.MaxValue ? ModSeq : throw new ArgumentOutOfRangeException(nameof(ModSeq));

    /// <summary>The entry name, or null.</summary>
    public string? EntryName { get; } = EntryName is null || IsEntryName(EntryName)
        ? EntryName
        : throw new ArgumentException($"'{EntryName}' is not \"/flags/\" and a flag.", nameof(EntryName));

    /// <summary>Which metadata item.</summary>
    public ModSeqEntryType EntryType { get; } =
        Enum.IsDefined(EntryType) ? EntryType : throw new ArgumentOutOfRangeException(nameof(EntryType));

    /// <summary>The entry name of a flag: <c>/flags/</c> and the flag as given.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The entry name.</returns>
    public static string EntryNameOf(Flag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return Prefix + flag.Value;
    }

    internal static bool IsEntryName(string name) =>
        name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && Flag.TryParse(name[Prefix.Length..], out _);

    /// <inheritdoc />
    public override bool RequiresCharset => false;

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, "MODSEQ");
        if (EntryName is not null)
        {
            writer.WriteQuoted(EntryName);
            writer.WriteSpace();
            writer.WriteRaw(SearchKeyNames.EntryType[(int)EntryType]);
            writer.WriteSpace();
        }
        writer.WriteNumber(ModSeq);
    }
}
