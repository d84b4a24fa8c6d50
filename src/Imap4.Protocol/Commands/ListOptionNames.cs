using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>Reads and writes the LIST-EXTENDED option lists.</summary>
internal static class ListOptionNames
{
    private static readonly string[] SelectNames = ["SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE"];
    private static readonly string[] ReturnNames = ["SUBSCRIBED", "CHILDREN", "SPECIAL-USE", "MYRIGHTS"];

    /// <summary>Reads "(" [option *(SP option)] ")" of selection options.</summary>
    public static ListSelectOptions ReadSelection(ref ImapReader reader)
    {
        long listStart = reader.Position;
        int flags = 0;
        reader.EnterList();
        if (!reader.TryExitList())
        {
            do
            {
                flags |= ReadOption(ref reader, SelectNames, "selection", flags);
            }
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        var options = (ListSelectOptions)flags;
        if (options.HasFlag(ListSelectOptions.RecursiveMatch)
            && (options & (ListSelectOptions.Subscribed | ListSelectOptions.SpecialUse)) == 0)
            throw new ImapParseException(listStart, "RECURSIVEMATCH needs SUBSCRIBED or SPECIAL-USE");
        return options;
    }

    /// <summary>Reads "(" [return-option *(SP return-option)] ")" after RETURN SP.</summary>
    public static ListReturnOptions ReadReturn(ref ImapReader reader, out List<StatusItem>? status)
    {
        status = null;
        int flags = 0;
        reader.EnterList();
        if (reader.TryExitList()) return ListReturnOptions.None;
        do
        {
            long start = reader.Position;
            if (reader.TryReadKeyword("STATUS"u8))
            {
                if (status is not null) throw new ImapParseException(start, "STATUS return option given twice");
                reader.ReadSpace();
                status = StatusItemNames.ReadList(ref reader);
            }
            else
            {
                flags |= ReadOption(ref reader, ReturnNames, "return", flags);
            }
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return (ListReturnOptions)flags;
    }

    private static int ReadOption(ref ImapReader reader, string[] names, string kind, int seen)
    {
        long start = reader.Position;
        ReadOnlySpan<byte> name = reader.ReadAtomSpan();
        for (int i = 0; i < names.Length; i++)
        {
            if (!System.Text.Ascii.EqualsIgnoreCase(name, names[i])) continue;
            if ((seen & (1 << i)) != 0) throw new ImapParseException(start, $"LIST {kind} option {names[i]} given twice");
            return 1 << i;
        }
        throw new ImapParseException(start, $"unsupported LIST {kind} option {CoreSyntax.Ascii(name)}");
    }

    /// <summary>Writes the selection option names separated by SP.</summary>
    public static void WriteSelection(ImapWriter writer, ListSelectOptions options) => WriteNames(writer, (int)options, SelectNames, false);

    /// <summary>Writes the return option names separated by SP, then STATUS (items).</summary>
    public static void WriteReturn(ImapWriter writer, ListReturnOptions options, IReadOnlyList<StatusItem>? status)
    {
        bool any = WriteNames(writer, (int)options, ReturnNames, false);
        if (status is null) return;
        if (any) writer.WriteSpace();
        writer.WriteRaw("STATUS "u8);
        StatusItemNames.WriteList(writer, status);
    }

    private static bool WriteNames(ImapWriter writer, int flags, string[] names, bool any)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if ((flags & (1 << i)) == 0) continue;
            if (any) writer.WriteSpace();
            writer.WriteRaw(names[i]);
            any = true;
        }
        return any;
    }
}
