namespace Imap4.Server.Authentication;

/// <summary>An authenticated user.</summary>
/// <param name="Name">The user name as the directory knows it.</param>
public sealed record ImapUser(string Name);
