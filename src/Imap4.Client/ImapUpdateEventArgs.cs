namespace Imap4.Client;

/// <summary>The argument of <see cref="ImapConnection.UpdateReceived"/>.</summary>
/// <param name="update">The update.</param>
public sealed class ImapUpdateEventArgs(ImapUpdate update) : EventArgs
{
    /// <summary>The update.</summary>
    public ImapUpdate Update { get; } = update ?? throw new ArgumentNullException(nameof(update));
}
