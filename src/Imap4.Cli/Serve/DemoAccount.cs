using System.Security.Cryptography;
using Imap4.Cli.Common;
using Imap4.Cli.Users;
using Imap4.Storage;

namespace Imap4.Cli.Serve;

/// <summary>
/// First-start setup: when the data directory has no users file yet, user <c>demo</c> is created (with a random
/// password unless one is given). Every user then gets an account; a new demo account gets the sample messages.
/// </summary>
public static class DemoAccount
{
    /// <summary>The demo user's name.</summary>
    public const string UserName = "demo";

    /// <summary>Creates the demo user on first start and the accounts of all users.</summary>
    /// <param name="users">The data directory's users.</param>
    /// <param name="store">The store.</param>
    /// <param name="demoPassword">The demo password, or null for a random one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The demo password when the demo user was created now (to be shown once), otherwise null.</returns>
    public static async Task<string?> PrepareAsync(UserAdministration users, IMailStore store, string? demoPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        string? created = null;
        if (!File.Exists(users.UserFilePath))
        {
            created = demoPassword ?? NewPassword();
            await users.WriteUserAsync(UserName, created, cancellationToken).ConfigureAwait(false);
        }
        foreach (string user in await users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            bool isNew = await MailStores.EnsureAccountAsync(store, user, cancellationToken).ConfigureAwait(false);
            if (isNew && user == UserName) await SampleMessages.AppendAsync(store, user, cancellationToken).ConfigureAwait(false);
        }
        return created;
    }

    /// <summary>A random password of 16 letters and digits (about 95 bits).</summary>
    /// <returns>The password.</returns>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
