using System.Security.Cryptography;
using Imap4.Client.Tests.Support;
using Imap4.Protocol.Fetch;
using Imap4.Testing;
using Xunit.Abstractions;
using static Imap4.Client.Tests.HighLevel.ClientTestData;

namespace Imap4.Client.Tests.HighLevel;

/// <summary>APPEND from a stream and download to a file of a 200 MB message, neither held in memory.</summary>
[Collection(nameof(LargeMessageGroup))]
public sealed class LargeMessageDovecotTests(LargeDovecotFixture fixture, ITestOutputHelper output)
{
    private const long Size = 200L * 1024 * 1024;
    private const long Budget = 20L * 1024 * 1024;

    [Fact]
    public async Task A_200_MB_message_is_appended_and_downloaded_without_buffering()
    {
        await using ImapClient client = await LoginAsync(fixture.Server);
        string folder = UniqueName("big");
        await client.CreateFolderAsync(folder);
        using var message = new GeneratedMessageStream(Size);

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        AppendResult appended = await client.AppendAsync(folder, message);
        long appendAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(appendAllocated < Budget, $"APPEND allocated {appendAllocated:N0} bytes");
        uint uid = appended.Uid!.Value;

        await client.SelectAsync(folder);
        string path = Path.GetTempFileName();
        try
        {
            long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            long? written;
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
                written = await client.DownloadAsync(uid, BodySection.All, file);
            long downloadAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            long heapGrowth = GC.GetTotalMemory(forceFullCollection: false) - heapBefore;

            output.WriteLine($"APPEND allocated {appendAllocated:N0} B; download allocated {downloadAllocated:N0} B, heap growth {heapGrowth:N0} B");
            Assert.Equal(message.Length, written);
            Assert.True(downloadAllocated < Budget, $"download allocated {downloadAllocated:N0} bytes");
            Assert.True(heapGrowth < Budget, $"heap grew by {heapGrowth:N0} bytes");
            Assert.Equal(message.Length, new FileInfo(path).Length);
            message.Position = 0;
            await using var downloaded = File.OpenRead(path);
            Assert.Equal(await SHA256.HashDataAsync(message), await SHA256.HashDataAsync(downloaded));

            // The connection is still in step afterwards.
            Assert.Equal([uid], await client.SearchAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
