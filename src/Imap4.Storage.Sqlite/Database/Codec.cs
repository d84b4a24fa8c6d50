using System.Globalization;
using Imap4.Protocol.Primitives;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>How values are written to columns: flags as one space-separated text (atoms hold no spaces), dates in
/// round-trip form so the zone a date was given in is kept.</summary>
internal static class Codec
{
    public static string Flags(IReadOnlyList<Flag> flags) => string.Join(' ', flags.Select(f => f.Value));

    public static Flag[] Flags(string text) =>
        text.Length == 0 ? [] : Array.ConvertAll(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), s => new Flag(s));

    public static string Date(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Date(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static bool Has(IReadOnlyList<Flag> flags, Flag flag)
    {
        foreach (Flag f in flags)
            if (f == flag) return true;
        return false;
    }
}
