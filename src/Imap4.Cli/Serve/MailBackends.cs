using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Cli.Serve;

/// <summary>Connects the server's authenticated sessions to the mail store.</summary>
public static class MailBackends
{
    /// <summary>The backend over a store.</summary>
    /// <param name="store">The store.</param>
    /// <returns>The backend.</returns>
    public static IMailBackend Create(IMailStore store) => new StoreMailBackend(store);
}
