using Imap4.Cli.MailTools.State;

namespace Imap4.Cli.MailTools.Maildir;

/// <summary>
/// One folder backed up as a Maildir folder: each message downloaded into <c>tmp/</c>, given its internal date as
/// mtime, then renamed into <c>cur/</c> (with info flags) or <c>new/</c> (no flags), so a file in either is whole.
/// </summary>
/// <param name="directory">The Maildir folder (holding cur/ new/ tmp/).</param>
/// <param name="isSubfolder">True for a Maildir++ subfolder (gets the <c>maildirfolder</c> marker).</param>
internal sealed class MaildirBackupTarget(string directory, bool isSubfolder) : IBackupTarget
{
    /// <summary>The state file in each Maildir folder.</summary>
    public const string StateFileName = "imap4-backup.json";

    /// <summary>Where folders of an older UIDVALIDITY are kept, below the backup root (not a Maildir++ name).</summary>
    public const string ArchiveDirectoryName = "uidvalidity-archive";

    private uint _uidValidity;
    private MaildirKeywords _keywords = new();

    /// <inheritdoc />
    public string Location => directory;

    private string StatePath => Path.Combine(directory, StateFileName);

    /// <inheritdoc />
    public Task<BackupState?> LoadStateAsync(CancellationToken cancellationToken) => BackupState.LoadAsync(StatePath, cancellationToken);

    /// <inheritdoc />
    public Task SaveStateAsync(BackupState state, CancellationToken cancellationToken) => state.SaveAsync(StatePath, cancellationToken);

    /// <inheritdoc />
    public string MoveAside(uint oldUidValidity)
    {
        string full = Path.GetFullPath(directory);
        string root = isSubfolder ? Path.GetDirectoryName(full)! : full;
        string name = isSubfolder ? Path.GetFileName(full) : "INBOX";
        string target = Path.Combine(root, ArchiveDirectoryName, $"{name}-{oldUidValidity}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        Directory.CreateDirectory(target);
        foreach (string part in (string[])["cur", "new", "tmp", StateFileName, MaildirKeywords.FileName, "maildirfolder"])
        {
            string source = Path.Combine(full, part);
            if (Directory.Exists(source)) Directory.Move(source, Path.Combine(target, part));
            else if (File.Exists(source)) File.Move(source, Path.Combine(target, part));
        }
        return target;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<uint>> OpenAsync(BackupState state, CancellationToken cancellationToken)
    {
        _uidValidity = state.UidValidity;
        foreach (string sub in (string[])["cur", "new", "tmp"]) Directory.CreateDirectory(Path.Combine(directory, sub));
        if (isSubfolder && !File.Exists(Path.Combine(directory, "maildirfolder"))) await File.WriteAllBytesAsync(Path.Combine(directory, "maildirfolder"), [], cancellationToken).ConfigureAwait(false);
        _keywords = await MaildirKeywords.LoadAsync(directory, cancellationToken).ConfigureAwait(false);
        foreach (string partial in Directory.EnumerateFiles(Path.Combine(directory, "tmp"), "*.imap4-download")) File.Delete(partial);
        // A run killed between a rename and the state write left whole messages above LastUid: keep, do not fetch again.
        var present = new HashSet<uint>();
        foreach (string sub in (string[])["cur", "new"])
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(directory, sub)))
                if (MaildirFileName.UidOf(Path.GetFileName(path), state.UidValidity) is { } uid && uid > state.LastUid) present.Add(uid);
        }
        return present;
    }

    /// <inheritdoc />
    public string TemporaryPath(uint uid) => Path.Combine(directory, "tmp", $"{uid}.{Guid.NewGuid():N}.imap4-download");

    /// <inheritdoc />
    public async Task AddAsync(string temporaryPath, MessageMeta meta, CancellationToken cancellationToken)
    {
        string info = MaildirFlags.ToInfo(meta.Flags, _keywords);
        // The keyword table must name a letter before any file uses it.
        await _keywords.SaveAsync(directory, cancellationToken).ConfigureAwait(false);
        bool isNew = meta.Flags.Count == 0;
        string name = MaildirFileName.Create(meta.Uid, _uidValidity, isNew ? null : info);
        if (meta.InternalDate is { } date) File.SetLastWriteTimeUtc(temporaryPath, date.UtcDateTime);
        File.Move(temporaryPath, Path.Combine(directory, isNew ? "new" : "cur", name));
    }

    /// <inheritdoc />
    public Task<long> CheckpointAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
