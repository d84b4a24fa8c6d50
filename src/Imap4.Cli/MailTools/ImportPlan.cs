namespace Imap4.Cli.MailTools;

/// <summary>
/// Finds what an import source holds: an mbox file; a Maildir, with its Maildir++ subfolders (<c>.A.B</c>) as
/// folders; or a directory of <c>.mbox</c> files (as <c>backup --format mbox</c> writes), whose paths name folders.
/// </summary>
internal static class ImportPlan
{
    /// <summary>The folders of a source.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="folder">The target folder for the source's root (default INBOX for a Maildir or a file); the
    /// other folders go below it when it is given.</param>
    /// <param name="delimiter">The server's hierarchy delimiter.</param>
    /// <returns>The folders, root first.</returns>
    /// <exception cref="ArgumentException">The source is missing or holds no mail.</exception>
    public static IReadOnlyList<ImportFolder> Find(string source, string? folder, char delimiter)
    {
        if (File.Exists(source)) return [new ImportFolder(MailFormat.Mbox, source, Path.GetFileName(source), folder ?? "INBOX")];
        if (!Directory.Exists(source)) throw new ArgumentException($"No such file or directory: {source}");
        var folders = new List<ImportFolder>();
        if (IsMaildir(source)) folders.Add(new ImportFolder(MailFormat.Maildir, source, ".", folder ?? "INBOX"));
        foreach (string sub in Directory.EnumerateDirectories(source, ".*").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(sub);
            if (name is "." or ".." || !IsMaildir(sub)) continue;
            folders.Add(new ImportFolder(MailFormat.Maildir, sub, name, Below(folder, FolderNameCodec.FromMaildirDirectory(name, delimiter), delimiter)));
        }
        if (folders.Count > 0) return folders;
        foreach (string file in Directory.EnumerateFiles(source, "*.mbox", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/');
            folders.Add(new ImportFolder(MailFormat.Mbox, file, relative, Below(folder, FolderNameCodec.FromMboxPath(relative, delimiter), delimiter)));
        }
        return folders.Count > 0 ? folders
            : throw new ArgumentException($"{source} is neither a Maildir (cur/ new/), a Maildir++ tree, an mbox file nor a directory of .mbox files.");
    }

    private static bool IsMaildir(string directory) => Directory.Exists(Path.Combine(directory, "cur")) || Directory.Exists(Path.Combine(directory, "new"));

    private static string Below(string? parent, string name, char delimiter) => parent is null ? name : parent + delimiter + name;
}
