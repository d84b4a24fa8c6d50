using Imap4.Storage.Tests.Conformance;

namespace Imap4.Storage.Sqlite.Tests;

public sealed class SqliteMailStoreConformanceTests : MailStoreConformanceTests
{
    private readonly string _directory = TempDirectory.NewPath();

    protected override async Task<IMailStore> CreateStoreAsync() => await SqliteMailStore.OpenAsync(_directory);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TempDirectory.Delete(_directory);
    }
}
