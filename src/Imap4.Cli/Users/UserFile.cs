using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imap4.Cli.Users;

/// <summary>
/// The users file (<c>users.json</c> in the data directory): user name to SCRAM-SHA-256 record. Writes are atomic (a
/// temporary file renamed over the old one), so a running server never reads half a file.
/// </summary>
public sealed class UserFile
{
    /// <summary>The file name inside the data directory.</summary>
    public const string FileName = "users.json";

    /// <summary>The format version written to the file.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The format version.</summary>
    public int Version { get; set; } = CurrentVersion;

    /// <summary>The users by name (ordinal).</summary>
    public SortedDictionary<string, UserRecord> Users { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The path of the users file in a data directory.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <returns>The path.</returns>
    public static string PathIn(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    /// <summary>Reads a users file; a missing file is an empty one.</summary>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The file's content.</returns>
    /// <exception cref="InvalidDataException">The file is not a users file.</exception>
    public static async Task<UserFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new UserFile();
        }
        await using (stream.ConfigureAwait(false))
        {
            UserFile? file;
            try
            {
                file = await JsonSerializer.DeserializeAsync<UserFile>(stream, Json, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} is not a valid users file: {e.Message}", e);
            }
            if (file is null || file.Version != CurrentVersion) throw new InvalidDataException($"{path}: unsupported users file version.");
            // The deserializer builds the dictionary with the default comparer; names are compared ordinally.
            file.Users = new SortedDictionary<string, UserRecord>(file.Users ?? [], StringComparer.Ordinal);
            return file;
        }
    }

    /// <summary>Writes the file atomically: a temporary file in the same directory, flushed, then renamed.</summary>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels writing (before the rename).</param>
    /// <returns>A task that completes when the file is in place.</returns>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            RestrictToOwner(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // The records are slow hashes, but still worth keeping from other local users.
    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
