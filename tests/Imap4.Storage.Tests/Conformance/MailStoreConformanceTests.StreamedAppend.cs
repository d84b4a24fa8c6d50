using System.Runtime.CompilerServices;

namespace Imap4.Storage.Tests.Conformance;

public abstract partial class MailStoreConformanceTests
{
    [Fact]
    public async Task Streamed_append_asks_for_the_next_message_only_after_reading_the_previous_one()
    {
        var inbox = await InboxAsync();
        var first = new MemoryStream(TestMessages.Simple());
        AppendResult r = await inbox.AppendAsync(Produce(first));
        Assert.Equal([1u, 2u], r.Uids);
        Assert.Equal(2, (await inbox.GetStatusAsync()).Messages);

        async IAsyncEnumerable<AppendRequest> Produce(MemoryStream stream, [EnumeratorCancellation] CancellationToken ct = default)
        {
            yield return new AppendRequest(stream);
            Assert.Equal(stream.Length, stream.Position); // read to its end before the next is requested
            await Task.Yield();
            yield return new AppendRequest(new MemoryStream(TestMessages.Simple()));
        }
    }

    [Fact]
    public async Task Streamed_append_adds_nothing_when_the_sequence_fails_after_a_message()
    {
        var inbox = await InboxAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await inbox.AppendAsync(FailAfterOne()));
        Assert.Equal(0, (await inbox.GetStatusAsync()).Messages);
        Assert.Equal(1u, (await inbox.GetStatusAsync()).UidNext);

        static async IAsyncEnumerable<AppendRequest> FailAfterOne()
        {
            yield return new AppendRequest(new MemoryStream(TestMessages.Simple()));
            await Task.Yield();
            throw new InvalidOperationException("the client sent garbage");
        }
    }
}
