using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imap4.Cli.MailTools.State;

/// <summary>
/// How far a folder's backup got: the UIDVALIDITY it belongs to, the highest UID saved and, for mbox, the file length
/// at that point (a killed run leaves a partial message after it, which the next run cuts off).
/// </summary>
internal sealed record BackupState
{
    /// <summary>The folder's UIDVALIDITY when the saved messages were fetched.</summary>
    public uint UidValidity { get; init; }

    /// <summary>The highest UID saved; every lower UID that existed then is saved too.</summary>
    public uint LastUid { get; init; }

    /// <summary>The mbox file's length after the last saved message (0 for Maildir).</summary>
    public long MboxLength { get; init; }

    /// <summary>The number of messages saved so far.</summary>
    public long Saved { get; init; }

    /// <summary>Reads a state file, or null when there is none.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The state, or null.</returns>
    /// <exception cref="FormatException">The file is not a state file.</exception>
    public static async Task<BackupState?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return null;
        try
        {
            await using FileStream stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync(stream, StateJson.Default.BackupState, cancellationToken).ConfigureAwait(false)
                ?? throw new FormatException($"Empty backup state file: {path}");
        }
        catch (JsonException e)
        {
            throw new FormatException($"Damaged backup state file {path}: {e.Message}", e);
        }
    }

    /// <summary>Writes the state atomically: a temporary file, flushed to disk, then renamed over the old one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        string temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await JsonSerializer.SerializeAsync(stream, this, StateJson.Default.BackupState, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
