namespace Imap4.Server.Tests.Support;

/// <summary>Tests that measure the process's memory run one after another, so they do not blur each other's figures.</summary>
[CollectionDefinition(nameof(MemoryMeasuredGroup), DisableParallelization = true)]
public sealed class MemoryMeasuredGroup;
