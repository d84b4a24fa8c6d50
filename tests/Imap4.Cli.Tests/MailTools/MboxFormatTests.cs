using System.Text;
using Imap4.Cli.MailTools;
using Imap4.Cli.MailTools.Mbox;
using Imap4.Cli.MailTools.State;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.Tests.MailTools;

public sealed class MboxFormatTests
{
    private static async Task<string> WriteAsync(string directory, IReadOnlyList<(byte[] Bytes, MessageMeta Meta)> messages)
    {
        string path = Path.Combine(directory, "test.mbox");
        await using var target = new MboxBackupTarget(path);
        await target.OpenAsync(new BackupState(), CancellationToken.None);
        foreach ((byte[] bytes, MessageMeta meta) in messages)
        {
            string temporary = target.TemporaryPath(meta.Uid);
            await File.WriteAllBytesAsync(temporary, bytes);
            await target.AddAsync(temporary, meta, CancellationToken.None);
        }
        await target.CheckpointAsync(CancellationToken.None);
        return path;
    }

    private static async Task<List<(byte[] Bytes, IReadOnlyList<Flag> Flags, MboxEntry Entry)>> ReadAsync(string path)
    {
        var result = new List<(byte[], IReadOnlyList<Flag>, MboxEntry)>();
        await using FileStream file = File.OpenRead(path);
        var reader = new MboxReader(file, 0, MailToolsOptions.Default);
        while (true)
        {
            var content = new MemoryStream();
            if (await reader.ReadAsync(content, CancellationToken.None) is not { } entry) break;
            content.Position = 0;
            IReadOnlyList<Flag> flags = await LeadingStatus.ReadAsync(content, MailToolsOptions.Default, CancellationToken.None);
            result.Add((content.ToArray()[(int)content.Position..], flags, entry));
        }
        return result;
    }

    [Fact]
    public async Task FromQuoting_RoundTripsByteIdentical()
    {
        using var temp = new TempDirectory();
        string[] bodies =
        [
            "Subject: a\r\n\r\nFrom me\r\n>From you\r\n>>From them\r\n> From not quoted\r\nFrom\r\n",
            "From: first line is From: (not a separator)\n\nFrom \n>From \nno newline at the end",
            "Subject: ends with blank lines\n\n\n\n",
            ">From at the very start\r\n\r\nbody\r\n",
            "Subject: x\n\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>From deep\n>>>>\n>Fro\n>From",
        ];
        var meta = new MessageMeta(1, [Flag.Seen, Flag.Flagged, new Flag("$Label1")], new DateTimeOffset(2024, 2, 9, 7, 8, 9, TimeSpan.FromHours(3)), "a@b.example");
        string path = await WriteAsync(temp.Path, [.. bodies.Select((b, i) => (Encoding.UTF8.GetBytes(b), meta with { Uid = (uint)i + 1 }))]);

        string text = await File.ReadAllTextAsync(path);
        Assert.StartsWith("From a@b.example Fri Feb  9 04:08:09 2024\nStatus: RO\r\nX-Status: F\r\nX-Keywords: $Label1\r\nSubject: a", text, StringComparison.Ordinal);
        Assert.Contains("\r\n>From me\r\n>>From you\r\n>>>From them\r\n> From not quoted\r\nFrom\r\n\nFrom a@b.example", text, StringComparison.Ordinal);

        var read = await ReadAsync(path);
        Assert.Equal(bodies, read.Select(r => Encoding.UTF8.GetString(r.Bytes)));
        Assert.All(read, r => Assert.Equal(["\\Seen", "\\Flagged", "$Label1"], r.Flags.Select(f => f.Value)));
        Assert.All(read, r => Assert.Equal(meta.InternalDate!.Value.ToUniversalTime(), r.Entry.Date));
        Assert.Equal(0, read[0].Entry.Offset);
    }

    [Fact]
    public async Task RandomBodies_MadeOfSeparatorLikePieces_RoundTrip()
    {
        using var temp = new TempDirectory();
        var random = new Random(20261122);
        string[] pieces = ["From ", ">", "From", "\n", "\r\n", "x", " ", "F", ">From ", "\n\n"];
        var messages = new List<(byte[], MessageMeta)>();
        for (int i = 0; i < 300; i++)
        {
            var sb = new StringBuilder("Subject: r\n\n");
            int count = random.Next(0, 30);
            for (int j = 0; j < count; j++) sb.Append(pieces[random.Next(pieces.Length)]);
            messages.Add((Encoding.ASCII.GetBytes(sb.ToString()), new MessageMeta((uint)i + 1, [], null, null)));
        }
        string path = await WriteAsync(temp.Path, messages);
        var read = await ReadAsync(path);
        Assert.Equal(messages.Count, read.Count);
        for (int i = 0; i < messages.Count; i++) Assert.Equal(messages[i].Item1, read[i].Bytes);
        Assert.Equal(messages.Count, await MboxCounter.CountAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task NotAnMbox_IsAFormatError()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "bad.mbox");
        await File.WriteAllTextAsync(path, "Subject: no From line\n\nhello\n");
        await Assert.ThrowsAsync<FormatException>(() => ReadAsync(path));
        await File.WriteAllTextAsync(path, "From " + new string('x', 5000) + "\n");
        await Assert.ThrowsAsync<FormatException>(() => ReadAsync(path));
    }

    [Theory]
    [InlineData("INBOX", "", "INBOX.mbox")]
    [InlineData("Work/2024", ".Work.2024", "Work/2024.mbox")]
    [InlineData("a.b/c%d", ".a%2Eb.c%25d", "a.b/c%25d.mbox")]
    [InlineData("Ünïcode & Co/..", ".&ANw-n&AO8-code &- Co.%2E%2E", "Ünïcode & Co/%2E..mbox")]
    public void FolderNames_MapToDiskAndBack(string folder, string maildir, string mbox)
    {
        Assert.Equal(maildir, FolderNameCodec.ToMaildirDirectory(folder, '/'));
        Assert.Equal(folder, FolderNameCodec.FromMaildirDirectory(maildir, '/'));
        Assert.Equal(mbox, FolderNameCodec.ToMboxPath(folder, '/'));
        Assert.Equal(folder, FolderNameCodec.FromMboxPath(mbox, '/'));
    }

    [Fact]
    public void FolderNamesFromAServer_NeverLeaveTheBackupDirectory()
    {
        Assert.Equal(".a%2Fb.c", FolderNameCodec.ToMaildirDirectory("a/b.c", '.'));
        Assert.Equal("a/b.c", FolderNameCodec.FromMaildirDirectory(".a%2Fb.c", '.'));
        Assert.Equal(".%2E%2E.x", FolderNameCodec.ToMaildirDirectory("../x", '/'));
        Assert.Equal("/x", FolderNameCodec.FromMaildirDirectory(FolderNameCodec.ToMaildirDirectory("/x", '/'), '/'));
        Assert.Equal("%2E./%2E..mbox", FolderNameCodec.ToMboxPath("../..", '/'));
        Assert.Equal("a%2Fb%5Cc.mbox", FolderNameCodec.ToMboxPath("a/b\\c", '.'));
    }
}
