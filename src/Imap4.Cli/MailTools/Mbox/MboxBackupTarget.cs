using System.Text;
using Imap4.Cli.MailTools.State;

namespace Imap4.Cli.MailTools.Mbox;

/// <summary>
/// One folder backed up as an mboxrd file. Messages are appended; the state records the file length after each
/// checkpoint, and a re-run first cuts off whatever a killed run wrote after it.
/// </summary>
/// <param name="path">The mbox file.</param>
internal sealed class MboxBackupTarget(string path) : IBackupTarget
{
    /// <summary>The suffix of the state file beside the mbox file.</summary>
    public const string StateSuffix = ".imap4-backup.json";

    private FileStream? _file;

    /// <inheritdoc />
    public string Location => path;

    private string StatePath => path + StateSuffix;

    /// <inheritdoc />
    public Task<BackupState?> LoadStateAsync(CancellationToken cancellationToken) => BackupState.LoadAsync(StatePath, cancellationToken);

    /// <inheritdoc />
    public Task SaveStateAsync(BackupState state, CancellationToken cancellationToken) => state.SaveAsync(StatePath, cancellationToken);

    /// <inheritdoc />
    public string MoveAside(uint oldUidValidity)
    {
        string target = $"{path}.uidvalidity-{oldUidValidity}-{DateTime.UtcNow:yyyyMMddHHmmss}";
        if (File.Exists(path)) File.Move(path, target);
        File.Move(StatePath, target + StateSuffix);
        return target;
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<uint>> OpenAsync(BackupState state, CancellationToken cancellationToken)
    {
        bool continuing = File.Exists(StatePath);
        if (!continuing && File.Exists(path) && new FileInfo(path).Length > 0)
            throw new InvalidOperationException($"{path} exists and was not written by a backup (no {Path.GetFileName(StatePath)}): choose a new file.");
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        foreach (string partial in Directory.EnumerateFiles(directory, Path.GetFileName(path) + ".*.imap4-download")) File.Delete(partial);
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
        if (_file.Length < state.MboxLength)
            throw new InvalidOperationException($"{path} is shorter than its backup state says ({_file.Length} < {state.MboxLength} bytes): it was changed; move it away to start over.");
        _file.SetLength(state.MboxLength); // drops a message a killed run left half-written
        _file.Position = state.MboxLength;
        return Task.FromResult<IReadOnlySet<uint>>(new HashSet<uint>());
    }

    /// <inheritdoc />
    public string TemporaryPath(uint uid) => $"{path}.{uid}.{Guid.NewGuid():N}.imap4-download";

    /// <inheritdoc />
    public async Task AddAsync(string temporaryPath, MessageMeta meta, CancellationToken cancellationToken)
    {
        FileStream file = _file ?? throw new InvalidOperationException("The mbox target is not open.");
        try
        {
            await using var message = new FileStream(temporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            string lineEnd = await DetectLineEndAsync(message, cancellationToken).ConfigureAwait(false);
            string prefix = MboxFromLine.Format(meta.Sender, meta.InternalDate) + MboxStatusHeaders.Format(meta.Flags, lineEnd);
            await file.WriteAsync(Encoding.Latin1.GetBytes(prefix), cancellationToken).ConfigureAwait(false);
            var quoting = new MboxQuoting(quote: true, file);
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = await message.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                await quoting.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            await quoting.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.WriteByte((byte)'\n'); // the blank line before the next From line
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    /// <inheritdoc />
    public async Task<long> CheckpointAsync(CancellationToken cancellationToken)
    {
        FileStream file = _file ?? throw new InvalidOperationException("The mbox target is not open.");
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
        return file.Position;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_file is not null) await _file.DisposeAsync().ConfigureAwait(false);
        _file = null;
    }

    /// <summary>CRLF when the message's first line ends so, else LF; leaves the stream at its start.</summary>
    private static async Task<string> DetectLineEndAsync(Stream message, CancellationToken cancellationToken)
    {
        byte[] head = new byte[4096];
        int n = await message.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        message.Position = 0;
        int newline = Array.IndexOf(head, (byte)'\n', 0, n);
        return newline > 0 && head[newline - 1] == (byte)'\r' ? "\r\n" : "\n";
    }
}
