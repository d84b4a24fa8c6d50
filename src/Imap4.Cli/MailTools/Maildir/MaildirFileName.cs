using System.Globalization;

namespace Imap4.Cli.MailTools.Maildir;

/// <summary>
/// Maildir message file names. A backup names a message <c>UUUUUUUUUU.VNNN.imap4:2,FLAGS</c>: the zero-padded UID
/// first, so that name order is UID order (an import appends in that order) and a re-run can see which UIDs are
/// already on disk. Any other Maildir name is read as <c>unique[:2,info]</c>.
/// </summary>
internal static class MaildirFileName
{
    private const string Tag = ".imap4";

    /// <summary>The name of a backed-up message.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="uidValidity">The folder's UIDVALIDITY.</param>
    /// <param name="info">The info letters, or null for a message in <c>new/</c>.</param>
    /// <returns>The file name.</returns>
    public static string Create(uint uid, uint uidValidity, string? info) =>
        string.Create(CultureInfo.InvariantCulture, $"{uid:D10}.V{uidValidity}{Tag}") + (info is null ? "" : ":2," + info);

    /// <summary>The UID of a name this tool wrote for the given UIDVALIDITY, or null.</summary>
    /// <param name="name">The file name.</param>
    /// <param name="uidValidity">The UIDVALIDITY.</param>
    /// <returns>The UID, or null.</returns>
    public static uint? UidOf(string name, uint uidValidity)
    {
        string expected = string.Create(CultureInfo.InvariantCulture, $".V{uidValidity}{Tag}");
        return name.Length >= 10 + expected.Length && name.AsSpan(10).StartsWith(expected, StringComparison.Ordinal)
            && uint.TryParse(name.AsSpan(0, 10), NumberStyles.None, CultureInfo.InvariantCulture, out uint uid) ? uid : null;
    }

    /// <summary>The unique part of a name (before <c>:2,</c>): it stays the same when a mail reader changes flags.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The unique part.</returns>
    public static string UniqueOf(string name)
    {
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[..colon];
    }

    /// <summary>The info letters of a name (after <c>:2,</c>), or "" when it has none.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The letters.</returns>
    public static string InfoOf(string name)
    {
        int info = name.IndexOf(":2,", StringComparison.Ordinal);
        return info < 0 ? "" : name[(info + 3)..];
    }
}
