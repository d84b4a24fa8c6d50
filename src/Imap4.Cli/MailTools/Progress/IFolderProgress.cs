namespace Imap4.Cli.MailTools.Progress;

/// <summary>The progress of one folder.</summary>
internal interface IFolderProgress
{
    /// <summary>Counts messages done.</summary>
    /// <param name="count">How many more are done.</param>
    void Advance(long count);

    /// <summary>Marks the folder done.</summary>
    void Finish();
}
