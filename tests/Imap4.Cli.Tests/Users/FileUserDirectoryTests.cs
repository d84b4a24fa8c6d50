using Imap4.Cli.Users;
using Imap4.Server.Authentication;

namespace Imap4.Cli.Tests.Users;

public sealed class FileUserDirectoryTests
{
    [Fact]
    public async Task VerifiesPasswords_AndSeesChangesToTheFile()
    {
        using var temp = new TempDirectory();
        string path = UserFile.PathIn(temp.Path);
        using var directory = new FileUserDirectory(path);
        Assert.Null(await directory.VerifyPasswordAsync("alice", "pw1", CancellationToken.None));

        var file = new UserFile();
        file.Users["alice"] = UserRecord.From(ScramCredential.Create("pw1", 4096));
        await file.WriteAsync(path);
        Assert.Equal(new ImapUser("alice"), await directory.VerifyPasswordAsync("alice", "pw1", CancellationToken.None));
        Assert.Null(await directory.VerifyPasswordAsync("alice", "pw2", CancellationToken.None));
        Assert.NotNull(await directory.GetScramCredentialAsync("alice", CancellationToken.None));

        file.Users["alice"] = UserRecord.From(ScramCredential.Create("pw2", 4096));
        file.Users["bob"] = UserRecord.From(ScramCredential.Create("pw3", 4096));
        await file.WriteAsync(path);
        Assert.Null(await directory.VerifyPasswordAsync("alice", "pw1", CancellationToken.None));
        Assert.NotNull(await directory.VerifyPasswordAsync("alice", "pw2", CancellationToken.None));
        Assert.Equal(["alice", "bob"], await directory.GetUserNamesAsync());

        File.Delete(path);
        Assert.Null(await directory.GetScramCredentialAsync("bob", CancellationToken.None));
    }

    [Fact]
    public async Task CramMd5_IsNotSupported()
    {
        using var temp = new TempDirectory();
        using var directory = new FileUserDirectory(UserFile.PathIn(temp.Path));
        Assert.False(directory.SupportsCramMd5);
        Assert.Null(await directory.VerifyCramMd5Async("a", new byte[8], new byte[16], CancellationToken.None));
    }
}
