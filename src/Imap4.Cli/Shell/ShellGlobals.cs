using Imap4.Client;

namespace Imap4.Cli.Shell;

/// <summary>What a shell entry sees as globals: the connected client <c>c</c> (IMAPClient's interact names it so).</summary>
public sealed class ShellGlobals
{
    private readonly TextWriter _output;

    /// <summary>Creates the globals.</summary>
    /// <param name="client">The connected, logged-in client.</param>
    /// <param name="output">Where <see cref="Print"/> writes.</param>
    /// <param name="cancellationToken">Cancelled when the shell ends (replaced by each entry's own token).</param>
    public ShellGlobals(ImapClient client, TextWriter output, CancellationToken cancellationToken)
    {
        c = client;
        _output = output;
        ct = cancellationToken;
    }

    /// <summary>The connected client.</summary>
#pragma warning disable IDE1006, CA1707 // Lower-case on purpose: the name users know from IMAPClient's interactive shell.
    public ImapClient c { get; }

    /// <summary>The running entry's cancellation (Ctrl+C on a terminal, or the shell ending); pass it to long calls.</summary>
    public CancellationToken ct { get; internal set; }
#pragma warning restore IDE1006, CA1707

    /// <summary>Prints a value the way the shell prints results.</summary>
    /// <param name="value">The value.</param>
    public void Print(object? value) => _output.WriteLine(ShellRenderer.Render(value));
}
