namespace Imap4.LoadTest;

/// <summary>A server under test, running on 127.0.0.1.</summary>
public interface ITarget : IAsyncDisposable
{
    /// <summary>Short name for tables: memory, sqlite, dovecot.</summary>
    string Name { get; }

    /// <summary>The plain IMAP port.</summary>
    int Port { get; }

    /// <summary>Resident memory of the server (all its processes), and the managed heap where there is one.</summary>
    Task<MemorySample> SampleMemoryAsync();
}
