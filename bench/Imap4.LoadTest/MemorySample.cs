namespace Imap4.LoadTest;

/// <summary>Memory of a server: RSS and PSS summed over its processes (bytes); GC heap after a full collection, or null.</summary>
public readonly record struct MemorySample(long Rss, long Pss, long? GcHeap, int Processes);
