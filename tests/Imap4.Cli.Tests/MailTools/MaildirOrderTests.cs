using Imap4.Cli.MailTools.Maildir;

namespace Imap4.Cli.Tests.MailTools;

public sealed class MaildirOrderTests
{
    [Fact]
    public async Task Names_SortWithNumbersByValue_AndDovecotsUidListWins()
    {
        using var temp = new TempDirectory();
        string[] names = ["1700000001.M5P7.host:2,S", "1700000000.M123P7.host:2,", "1700000000.M99P7.host", "0000000002.V5.imap4:2,S"];
        string[] files = [.. names.Select(n => Path.Combine(temp.Path, "cur", n))];
        Assert.Equal(
            ["0000000002.V5.imap4:2,S", "1700000000.M99P7.host", "1700000000.M123P7.host:2,", "1700000001.M5P7.host:2,S"],
            (await MaildirOrder.SortAsync(temp.Path, files, CancellationToken.None)).Select(Path.GetFileName));

        await File.WriteAllLinesAsync(Path.Combine(temp.Path, MaildirOrder.DovecotUidList),
            ["3 V1 N9 Gabc", "4 :1700000001.M5P7.host", "7 W120 S118 :1700000000.M99P7.host", "bad line", "5 :1700000000.M123P7.host"]);
        Assert.Equal(
            ["1700000001.M5P7.host:2,S", "1700000000.M123P7.host:2,", "1700000000.M99P7.host", "0000000002.V5.imap4:2,S"],
            (await MaildirOrder.SortAsync(temp.Path, files, CancellationToken.None)).Select(Path.GetFileName));
    }
}
