using Imap4.Cli.Serve;
using Imap4.Mime.Messages;

namespace Imap4.Cli.Tests.Serve;

public sealed class SampleMessagesTests
{
    [Fact]
    public void Build_GivesThreeParseableMessagesToTheUser()
    {
        IReadOnlyList<byte[]> messages = SampleMessages.Build("demo", DateTimeOffset.UtcNow);
        Assert.Equal(3, messages.Count);
        foreach (byte[] bytes in messages)
        {
            using MimeMessage message = MimeMessage.Load(bytes);
            Assert.False(string.IsNullOrEmpty(message.Subject));
            Assert.Contains("demo@localhost", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }
}
