namespace Imap4.Storage.InMemory;

/// <summary>A message in a mailbox: its current metadata and its content. Replaced, never mutated.</summary>
internal sealed record MessageEntry(MessageInfo Info, StoredMessage Stored);
