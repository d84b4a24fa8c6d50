using System.Text;

namespace Imap4.Protocol.Search;

/// <summary>Wire names of the search keys, indexed by their enums, and the lookup the parser uses.</summary>
internal static class SearchKeyNames
{
    internal static readonly string[] Simple =
    [
        "ALL", "ANSWERED", "DELETED", "DRAFT", "FLAGGED", "NEW", "OLD", "RECENT", "SEEN", "UNANSWERED", "UNDELETED",
        "UNDRAFT", "UNFLAGGED", "UNSEEN", "SAVEDATESUPPORTED",
    ];

    internal static readonly string[] Text = ["BCC", "BODY", "CC", "FROM", "SUBJECT", "TEXT", "TO", "X-GM-RAW", "X-GM-LABELS"];

    internal static readonly string[] Date =
    [
        "BEFORE", "ON", "SINCE", "SENTBEFORE", "SENTON", "SENTSINCE", "SAVEDBEFORE", "SAVEDON", "SAVEDSINCE",
    ];

    internal static readonly string[] Number = ["LARGER", "SMALLER", "OLDER", "YOUNGER", "X-GM-MSGID", "X-GM-THRID"];

    internal static readonly string[] ObjectId = ["EMAILID", "THREADID"];

    internal static readonly string[] EntryType = ["all", "priv", "shared"];

    /// <summary>The shape of the arguments that follow a key's name.</summary>
    internal enum Shape { Simple, Text, Date, Number, ObjectId, Keyword, Unkeyword, Header, ModSeq, Uid, Not, Or }

    private static readonly (byte[] Name, Shape Shape, int Code)[] Table = BuildTable();

    private static (byte[], Shape, int)[] BuildTable()
    {
        var list = new List<(byte[], Shape, int)>();
        Add(list, Simple, Shape.Simple);
        Add(list, Text, Shape.Text);
        Add(list, Date, Shape.Date);
        Add(list, Number, Shape.Number);
        Add(list, ObjectId, Shape.ObjectId);
        Add(list, ["KEYWORD"], Shape.Keyword);
        Add(list, ["UNKEYWORD"], Shape.Unkeyword);
        Add(list, ["HEADER"], Shape.Header);
        Add(list, ["MODSEQ"], Shape.ModSeq);
        Add(list, ["UID"], Shape.Uid);
        Add(list, ["NOT"], Shape.Not);
        Add(list, ["OR"], Shape.Or);
        return [.. list];
    }

    private static void Add(List<(byte[], Shape, int)> list, string[] names, Shape shape)
    {
        for (int i = 0; i < names.Length; i++) list.Add((Encoding.ASCII.GetBytes(names[i]), shape, i));
    }

    /// <summary>Finds a key by name, case-insensitively, without allocating.</summary>
    internal static bool TryFind(ReadOnlySpan<byte> name, out Shape shape, out int code)
    {
        foreach ((byte[] n, Shape s, int c) in Table)
        {
            if (n.Length == name.Length && Ascii.EqualsIgnoreCase(n, name))
            {
                shape = s;
                code = c;
                return true;
            }
        }
        shape = default;
        code = 0;
        return false;
    }
}
