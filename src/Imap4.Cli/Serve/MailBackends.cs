using Imap4.Server.Mail;
using Imap4.Storage;

namespace Imap4.Cli.Serve;

/// <summary>Connects the server's authenticated sessions to the mail store.</summary>
public static class MailBackends
{
    /// <summary>The backend over a store, or null while the server has no storage-backed backend (authentication only).</summary>
    /// <param name="store">The store.</param>
    /// <returns>The backend, or null.</returns>
    public static IMailBackend? Create(IMailStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return null;
    }
}
