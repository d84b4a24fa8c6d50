namespace Imap4.Cli.Tests;

/// <summary>A fresh directory deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "imap4-cli-" + Guid.NewGuid().ToString("N"));

    public string Data => System.IO.Path.Combine(Path, "data");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping server; the temp folder is cleaned eventually.
        }
    }
}
