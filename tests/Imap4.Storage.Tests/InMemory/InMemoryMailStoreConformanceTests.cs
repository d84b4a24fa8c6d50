using Imap4.Storage.InMemory;
using Imap4.Storage.Tests.Conformance;

namespace Imap4.Storage.Tests.InMemory;

public sealed class InMemoryMailStoreConformanceTests : MailStoreConformanceTests
{
    protected override Task<IMailStore> CreateStoreAsync() => Task.FromResult<IMailStore>(new InMemoryMailStore());
}
