using Imap4.Cli.MailTools.State;

namespace Imap4.Cli.MailTools;

/// <summary>Where one folder's backup goes: a Maildir folder or an mbox file, with its state file.</summary>
internal interface IBackupTarget : IAsyncDisposable
{
    /// <summary>The path shown to the user.</summary>
    string Location { get; }

    /// <summary>Reads the state of earlier runs, or null for a first run.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The state, or null.</returns>
    Task<BackupState?> LoadStateAsync(CancellationToken cancellationToken);

    /// <summary>Writes the state atomically.</summary>
    /// <param name="state">The state.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    Task SaveStateAsync(BackupState state, CancellationToken cancellationToken);

    /// <summary>Moves an earlier backup (of another UIDVALIDITY) out of the way, keeping it.</summary>
    /// <param name="oldUidValidity">Its UIDVALIDITY.</param>
    /// <returns>Where it went.</returns>
    string MoveAside(uint oldUidValidity);

    /// <summary>
    /// Prepares for new messages after <paramref name="state"/>: creates what is missing, removes what a killed run
    /// left half-written, and returns the UIDs above <see cref="BackupState.LastUid"/> already saved in full.
    /// </summary>
    /// <param name="state">The state to continue from.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The UIDs to skip.</returns>
    Task<IReadOnlySet<uint>> OpenAsync(BackupState state, CancellationToken cancellationToken);

    /// <summary>A new temporary file path for downloading a message, on the target's file system.</summary>
    /// <param name="uid">The UID being downloaded.</param>
    /// <returns>The path.</returns>
    string TemporaryPath(uint uid);

    /// <summary>Adds a downloaded message (the temporary file is consumed).</summary>
    /// <param name="temporaryPath">The downloaded message.</param>
    /// <param name="meta">Its UID, flags, date and sender.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task AddAsync(string temporaryPath, MessageMeta meta, CancellationToken cancellationToken);

    /// <summary>Makes what was added durable; returns the mbox length to record (0 for Maildir).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The length.</returns>
    Task<long> CheckpointAsync(CancellationToken cancellationToken);
}
