using System.Security.Cryptography;
using System.Text;

namespace Imap4.Cli.MailTools.State;

/// <summary>
/// What an import has already appended, one line per message (<c>folder TAB key</c>), appended and flushed to disk
/// after each APPEND so a re-run skips it; before each APPEND a pending line (<c>?folder TAB key</c>) marks the one
/// message a kill could leave unknown. A line torn by a kill matches nothing. One log per source and target account.
/// </summary>
internal sealed class ImportLog : IAsyncDisposable
{
    private const char PendingMark = '?';
    private readonly HashSet<string> _done;
    private readonly HashSet<string> _pending;
    private readonly FileStream _file;

    private ImportLog(HashSet<string> done, HashSet<string> pending, FileStream file)
    {
        _done = done;
        _pending = pending;
        _file = file;
    }

    /// <summary>The log's path.</summary>
    public required string Path { get; init; }

    /// <summary>The log file for a source and target: beside the source, named after a hash of both.</summary>
    /// <param name="source">The source file or directory.</param>
    /// <param name="account">The target, e.g. <c>user@host:port</c>.</param>
    /// <returns>The path.</returns>
    public static string PathFor(string source, string account)
    {
        string full = System.IO.Path.GetFullPath(source).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full + "\n" + account)))[..12];
        return Directory.Exists(full)
            ? System.IO.Path.Combine(full, $".imap4-import-{hash}.log")
            : $"{full}.imap4-import-{hash}.log";
    }

    /// <summary>Opens (or creates) a log.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The log.</returns>
    public static async Task<ImportLog> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var pending = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (string line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (line.StartsWith(PendingMark)) pending.Add(line[1..]);
                else if (line.Length > 0) done.Add(line);
            }
        }
        pending.ExceptWith(done);
        var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
        // A kill mid-line leaves a torn last line: start on a fresh line so the next entry stays whole.
        if (file.Length > 0) await file.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        return new ImportLog(done, pending, file) { Path = path };
    }

    /// <summary>True when the message was appended by an earlier run.</summary>
    /// <param name="folder">The target folder.</param>
    /// <param name="key">The message's key in the source.</param>
    /// <returns>Whether it is done.</returns>
    public bool Contains(string folder, string key) => _done.Contains(Line(folder, key));

    /// <summary>True when an earlier run was stopped during this message's APPEND: it may or may not be there.</summary>
    /// <param name="folder">The target folder.</param>
    /// <param name="key">The message's key in the source.</param>
    /// <returns>Whether its outcome is unknown.</returns>
    public bool IsPending(string folder, string key) => _pending.Contains(Line(folder, key));

    /// <summary>Marks a message as being appended (flushed to the OS, which survives a killed process).</summary>
    /// <param name="folder">The target folder.</param>
    /// <param name="key">The message's key in the source.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task BeginAsync(string folder, string key, CancellationToken cancellationToken)
    {
        await _file.WriteAsync(Encoding.UTF8.GetBytes(PendingMark + Line(folder, key) + "\n"), cancellationToken).ConfigureAwait(false);
        await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records an appended message, durably.</summary>
    /// <param name="folder">The target folder.</param>
    /// <param name="key">The message's key in the source.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public async Task AddAsync(string folder, string key, CancellationToken cancellationToken)
    {
        string line = Line(folder, key);
        _done.Add(line);
        _pending.Remove(line);
        await _file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken).ConfigureAwait(false);
        await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
        _file.Flush(flushToDisk: true);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private static string Line(string folder, string key) => folder + "\t" + key;
}
