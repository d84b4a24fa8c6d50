using Imap4.Protocol.Primitives;

namespace Imap4.Cli.Tests.MailTools;

/// <summary>Test messages with flags, keywords, dates and awkward bodies, in several folders.</summary>
internal static class SampleMail
{
    public static readonly string[] Folders = ["INBOX", "Work", "Work/2024", "Ünïcode & Co"];

    public static string Message(int n, string folder) =>
        $"From: sender{n}@example.org\r\nTo: demo@localhost\r\nSubject: Message {n} in {folder}\r\nMessage-ID: <{n}.{folder.GetHashCode(StringComparison.Ordinal)}@test>\r\n\r\n"
        + $"Line one of {n}\r\nFrom the start of a line\r\n>From quoted already\r\n>>From twice\r\n\r\nFrom \r\nlast line\r\n";

    public static IReadOnlyList<Flag> FlagsOf(int n) => (n % 5) switch
    {
        0 => [],
        1 => [Flag.Seen],
        2 => [Flag.Seen, Flag.Answered, Flag.Flagged],
        3 => [Flag.Draft, Flag.Forwarded, new Flag("custom")],
        _ => [Flag.Deleted, Flag.Seen],
    };

    public static DateTimeOffset DateOf(int n) => new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(n % 3 == 0 ? 2 : -5)).AddDays(n);

    /// <summary>Adds <paramref name="count"/> messages to each sample folder.</summary>
    public static async Task AddAsync(MailAccount account, int count)
    {
        await using Imap4.Client.ImapClient client = await account.ConnectAsync();
        foreach (string folder in Folders)
        {
            if (!await client.FolderExistsAsync(folder)) await client.CreateFolderAsync(folder);
            for (int n = 0; n < count; n++) await client.AppendAsync(folder, System.Text.Encoding.UTF8.GetBytes(Message(n, folder)), FlagsOf(n), DateOf(n));
        }
    }
}
