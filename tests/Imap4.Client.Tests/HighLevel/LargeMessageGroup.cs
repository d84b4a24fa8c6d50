namespace Imap4.Client.Tests.HighLevel;

/// <summary>Alone: allocation is measured process-wide, so no other test may run meanwhile.</summary>
[CollectionDefinition(nameof(LargeMessageGroup), DisableParallelization = true)]
public sealed class LargeMessageGroup : ICollectionFixture<LargeDovecotFixture>;
