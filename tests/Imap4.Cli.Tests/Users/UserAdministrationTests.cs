using Imap4.Cli.Users;

namespace Imap4.Cli.Tests.Users;

public sealed class UserAdministrationTests
{
    [Fact]
    public async Task ConcurrentAdds_LoseNoUser()
    {
        using var temp = new TempDirectory();
        string[] names = ["u1", "u2", "u3", "u4", "u5", "u6"];
        await Task.WhenAll(names.Select(name => Task.Run(() => new UserAdministration(temp.Data).AddAsync(name, "pw-" + name))));
        Assert.Equal(names, await new UserAdministration(temp.Data).ListAsync());
    }

    [Fact]
    public async Task FailedChange_LeavesTheFileAsItWas()
    {
        using var temp = new TempDirectory();
        var users = new UserAdministration(temp.Data);
        await users.AddAsync("ann", "pw");
        string before = await File.ReadAllTextAsync(users.UserFilePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => users.AddAsync("ann", "other"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => users.SetPasswordAsync("nobody", "x"));
        Assert.Equal(before, await File.ReadAllTextAsync(users.UserFilePath));
    }
}
