using Imap4.Cli.Users;
using Imap4.Server.Authentication;

namespace Imap4.Cli.Tests.Users;

public sealed class UserFileTests
{
    [Fact]
    public async Task MissingFile_IsEmpty()
    {
        using var temp = new TempDirectory();
        UserFile file = await UserFile.ReadAsync(Path.Combine(temp.Path, "none.json"));
        Assert.Empty(file.Users);
    }

    [Fact]
    public async Task WriteThenRead_RoundTripsCredentials_WithoutPasswordOrTemporaryFiles()
    {
        using var temp = new TempDirectory();
        string path = UserFile.PathIn(temp.Path);
        ScramCredential credential = ScramCredential.Create("correct horse", 4096);
        var file = new UserFile();
        file.Users["alice"] = UserRecord.From(credential);
        await file.WriteAsync(path);

        UserFile read = await UserFile.ReadAsync(path);
        ScramCredential back = read.Users["alice"].ToCredential();
        Assert.True(back.Verify("correct horse"));
        Assert.False(back.Verify("wrong"));
        Assert.True(back.StoredKey.Span.SequenceEqual(credential.StoredKey.Span));
        Assert.DoesNotContain("correct horse", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Equal([UserFile.FileName], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Write_ReplacesExistingFile()
    {
        using var temp = new TempDirectory();
        string path = UserFile.PathIn(temp.Path);
        var file = new UserFile();
        file.Users["a"] = UserRecord.From(ScramCredential.Create("x", 4096));
        await file.WriteAsync(path);
        file.Users.Remove("a");
        file.Users["b"] = UserRecord.From(ScramCredential.Create("y", 4096));
        await file.WriteAsync(path);
        Assert.Equal(["b"], (await UserFile.ReadAsync(path)).Users.Keys);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\": 99, \"users\": {}}")]
    public async Task InvalidFile_IsRejected(string content)
    {
        using var temp = new TempDirectory();
        string path = UserFile.PathIn(temp.Path);
        await File.WriteAllTextAsync(path, content);
        await Assert.ThrowsAsync<InvalidDataException>(() => UserFile.ReadAsync(path));
    }
}
