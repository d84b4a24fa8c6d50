namespace Imap4.Cli.MailTools;

/// <summary>The on-disk formats of the mail tools.</summary>
public enum MailFormat
{
    /// <summary>Maildir (Maildir++ for a tree of folders).</summary>
    Maildir,

    /// <summary>mboxrd: one file per folder, <c>From </c> lines quoted reversibly.</summary>
    Mbox,
}
