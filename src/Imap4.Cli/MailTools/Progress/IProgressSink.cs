namespace Imap4.Cli.MailTools.Progress;

/// <summary>Receives the progress of a mail tool: one task per folder.</summary>
internal interface IProgressSink
{
    /// <summary>Starts a folder.</summary>
    /// <param name="name">The folder (or source) name.</param>
    /// <param name="total">How many messages it will go through.</param>
    /// <returns>The folder's progress.</returns>
    IFolderProgress Start(string name, long total);

    /// <summary>Prints a note (e.g. a UIDVALIDITY change) without disturbing the display.</summary>
    /// <param name="text">The note.</param>
    void Note(string text);
}
