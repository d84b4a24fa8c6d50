using System.Text;
using Imap4.Mime.Messages;
using Imap4.Protocol.Primitives;
using Imap4.Storage;

namespace Imap4.Cli.Serve;

/// <summary>A few sample messages for the demo account's INBOX: plain text, HTML with a text alternative, an attachment.</summary>
public static class SampleMessages
{
    /// <summary>Appends the samples to an account's INBOX.</summary>
    /// <param name="store">The store.</param>
    /// <param name="user">The user (the account exists).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many messages were appended.</returns>
    public static async Task<int> AppendAsync(IMailStore store, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        IMailAccount account = await store.OpenAccountAsync(user, cancellationToken).ConfigureAwait(false);
        IMailbox inbox = await account.OpenMailboxAsync(MailboxName.Inbox, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        IReadOnlyList<byte[]> messages = Build(user, now);
        for (int i = 0; i < messages.Count; i++)
        {
            using var content = new MemoryStream(messages[i], writable: false);
            IReadOnlyCollection<Flag>? flags = i == 0 ? [Flag.Seen] : null;
            await inbox.AppendAsync(content, flags, now.AddMinutes(i - messages.Count), cancellationToken).ConfigureAwait(false);
        }
        return messages.Count;
    }

    /// <summary>Builds the sample messages (RFC 5322 bytes).</summary>
    /// <param name="user">The recipient's user name.</param>
    /// <param name="now">The time the messages are dated around.</param>
    /// <returns>The messages, oldest first.</returns>
    public static IReadOnlyList<byte[]> Build(string user, DateTimeOffset now)
    {
        string to = $"{user}@localhost";
        return
        [
            new MimeMessageBuilder()
                .From("postmaster@localhost", "Imap4")
                .To(to)
                .Subject("Welcome to Imap4")
                .Date(now.AddMinutes(-3))
                .Text("Hello!\r\n\r\nThis message was put here by 'imap4 serve' so that there is something to read.\r\n" +
                      "Add users with 'imap4 user add NAME' and explore with 'imap4 shell'.\r\n")
                .ToBytes(),
            new MimeMessageBuilder()
                .From("news@example.org", "Example News")
                .To(to)
                .Subject("Héllo in HTML — ünïcode subject")
                .Date(now.AddMinutes(-2))
                .Text("The plain-text alternative of an HTML message.\r\n")
                .Html("<html><body><h1>Hello</h1><p>The <b>HTML</b> alternative.</p></body></html>")
                .ToBytes(),
            new MimeMessageBuilder()
                .From("alice@example.org", "Alice")
                .To(to)
                .Subject("The notes you asked for")
                .Date(now.AddMinutes(-1))
                .Text("See the attached file.\r\n")
                .Attach("notes.txt", Encoding.UTF8.GetBytes("Line one\r\nLine two\r\n"), "text/plain")
                .ToBytes(),
        ];
    }
}
