using Imap4.Cli.Users;
using Imap4.Storage.Sqlite;

namespace Imap4.Cli.Tests.Users;

public sealed class UserCommandTests
{
    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        int code = await CliApp.RunAsync(args, output, output, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task AddListPasswdDelete()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await RunAsync("user", "add", "zoe", "--password", "pw", "--data", temp.Data)).Code);
        Assert.Equal(0, (await RunAsync("user", "add", "adam", "-P", "pw", "-d", temp.Data)).Code);
        (int code, string output) = await RunAsync("user", "list", "--data", temp.Data);
        Assert.Equal(0, code);
        Assert.Equal(["adam", "zoe"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        Assert.Equal(0, (await RunAsync("user", "passwd", "zoe", "--password", "new", "--data", temp.Data)).Code);
        var record = (await UserFile.ReadAsync(UserFile.PathIn(temp.Data))).Users["zoe"].ToCredential();
        Assert.True(record.Verify("new"));

        Assert.Equal(0, (await RunAsync("user", "delete", "adam", "--data", temp.Data)).Code);
        Assert.Equal("zoe", (await RunAsync("user", "list", "--data", temp.Data)).Output.Trim());
    }

    [Fact]
    public async Task Add_CreatesTheStoreAccount()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await RunAsync("user", "add", "carol", "--password", "pw", "--data", temp.Data)).Code);
        await using SqliteMailStore store = await SqliteMailStore.OpenAsync(temp.Data);
        var accounts = new List<string>();
        await foreach (string account in store.ListAccountsAsync()) accounts.Add(account);
        Assert.Equal(["carol"], accounts);
    }

    [Fact]
    public async Task Errors_GiveExitCode1AndAMessage()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await RunAsync("user", "add", "dave", "--password", "pw", "--data", temp.Data)).Code);
        (int code, string output) = await RunAsync("user", "add", "dave", "--password", "pw", "--data", temp.Data);
        Assert.Equal(1, code);
        Assert.Contains("exists", output, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("user", "passwd", "nobody", "--password", "x", "--data", temp.Data)).Code);
        Assert.Equal(1, (await RunAsync("user", "delete", "nobody", "--data", temp.Data)).Code);
        Assert.Equal(1, (await RunAsync("user", "add", "with space", "--password", "x", "--data", temp.Data)).Code);
    }
}
