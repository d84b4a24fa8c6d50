using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Flags as STORE takes them: a flag-list, or bare flags up to the end of the command.</summary>
internal static class FlagSyntax
{
    /// <summary>flag (never <c>\*</c>, which only appears in PERMANENTFLAGS).</summary>
    public static Flag ReadFlag(ref ImapReader reader)
    {
        long start = reader.Position;
        Flag flag = reader.ReadFlag();
        if (flag.IsWildcard) throw new ImapParseException(start, "\\* is not a flag that can be stored");
        return flag;
    }

    /// <summary><c>flag-list / (flag *(SP flag))</c> (RFC 9051 store-att-flags).</summary>
    public static List<Flag> ReadFlags(ref ImapReader reader)
    {
        var flags = new List<Flag>();
        bool list = reader.TryEnterList();
        if (list && reader.TryExitList()) return flags;
        do flags.Add(ReadFlag(ref reader));
        while (reader.TryReadSpace());
        if (list) reader.ExitList();
        return flags;
    }
}
