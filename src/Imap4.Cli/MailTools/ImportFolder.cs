namespace Imap4.Cli.MailTools;

/// <summary>One folder to import: a Maildir folder or an mbox file, and the IMAP folder it goes to.</summary>
/// <param name="Format">The source format.</param>
/// <param name="Path">The Maildir folder (holding cur/ new/) or the mbox file.</param>
/// <param name="Key">The source's name in the import log (relative to the import root).</param>
/// <param name="Target">The IMAP folder.</param>
internal sealed record ImportFolder(MailFormat Format, string Path, string Key, string Target);
