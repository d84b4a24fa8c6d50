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

/// <summary>Memory of a server: RSS and PSS summed over its processes (bytes); GC heap after a full collection, or null.</summary>
public readonly record struct MemorySample(long Rss, long Pss, long? GcHeap, int Processes);
