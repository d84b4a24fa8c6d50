using System.Globalization;
using Imap4.Cli.Client;
using Imap4.Client;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.Tests.MailTools;

/// <summary>An account on a test server: its CLI options, a client, and a snapshot of a folder for comparison.</summary>
internal sealed record MailAccount(int Port, string User, string Password)
{
    public string[] Args => ["-H", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-u", User, "-P", Password];

    public Task<ImapClient> ConnectAsync() =>
        ClientSession.OpenAsync(new ClientSettings { Host = "127.0.0.1", Port = Port, User = User, Password = Password }, "test", CancellationToken.None);

    /// <summary>Every message of a folder in UID order: the bytes of BODY.PEEK[], the flags and the internal date (UTC).</summary>
    public async Task<List<(string Bytes, string Flags, DateTimeOffset Date)>> SnapshotAsync(string folder)
    {
        await using ImapClient client = await ConnectAsync();
        MailboxInfo info = await client.ExamineAsync(folder);
        var messages = new List<(uint Uid, string Bytes, string Flags, DateTimeOffset Date)>();
        if (info.Exists == 0) return [];
        await foreach (FetchResult m in client.FetchAsync(MessageSet.All, [FetchAttribute.Uid, FetchAttribute.Flags, FetchAttribute.InternalDate, FetchAttribute.BodyPeek(BodySection.All)]))
        {
            string flags = string.Join(' ', (m.Flags ?? []).Where(f => !f.Equals(Flag.Recent)).Select(f => f.Value.ToUpperInvariant()).Order(StringComparer.Ordinal));
            messages.Add((m.Uid!.Value, Convert.ToHexString(m.GetSection(BodySection.All)!.Value.Span), flags, m.InternalDate!.Value.ToUniversalTime()));
        }
        return [.. messages.OrderBy(m => m.Uid).Select(m => (m.Bytes, m.Flags, m.Date))];
    }

    /// <summary>The selectable folder names, sorted.</summary>
    public async Task<List<string>> FoldersAsync()
    {
        await using ImapClient client = await ConnectAsync();
        return [.. (await client.ListFoldersAsync()).Where(f => f.IsSelectable).Select(f => f.Name).Order(StringComparer.Ordinal)];
    }

    public async Task AppendAsync(string folder, string message, IReadOnlyList<Flag>? flags = null, DateTimeOffset? date = null)
    {
        await using ImapClient client = await ConnectAsync();
        if (!await client.FolderExistsAsync(folder)) await client.CreateFolderAsync(folder);
        await client.AppendAsync(folder, System.Text.Encoding.UTF8.GetBytes(message), flags, date);
    }
}
