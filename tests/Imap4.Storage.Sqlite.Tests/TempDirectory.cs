namespace Imap4.Storage.Sqlite.Tests;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = NewPath();

    public TempDirectory() => Directory.CreateDirectory(Path);

    /// <summary>A path for a directory that does not exist yet.</summary>
    public static string NewPath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "imap4-sqlite-" + Guid.NewGuid().ToString("N"));

    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a failing test; the OS cleans temp
        }
    }

    public void Dispose() => Delete(Path);
}
