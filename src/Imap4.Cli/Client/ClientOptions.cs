using System.CommandLine;

namespace Imap4.Cli.Client;

/// <summary>The connection options of the client commands: <c>-H -p -u -P -s --starttls --insecure --cafile --json</c>.</summary>
internal sealed class ClientOptions
{
    private readonly Option<string> _host = new("--host", "-H") { Description = "Server host.", DefaultValueFactory = _ => "localhost", HelpName = "HOST" };
    private readonly Option<int?> _port = new("--port", "-p") { Description = "Port (default 993 with -s, else 143).", HelpName = "PORT" };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "User name to log in as.", HelpName = "NAME" };
    private readonly Option<string?> _password = new("--password", "-P") { Description = "Password (default: $IMAP4_PASSWORD, or a prompt).", HelpName = "PASS" };
    private readonly Option<bool> _tls = new("--tls", "-s") { Description = "Implicit TLS (IMAPS)." };
    private readonly Option<bool> _startTls = new("--starttls") { Description = "Upgrade with STARTTLS before logging in." };
    private readonly Option<bool> _insecure = new("--insecure") { Description = "Accept any server certificate (dangerous)." };
    private readonly Option<string?> _caFile = new("--cafile") { Description = "PEM certificates to trust instead of the system store.", HelpName = "FILE" };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON." };

    /// <summary><c>--verbose</c>: print the full exception (stack trace) when a command fails.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (stack traces) of errors." };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in (Option[])[_host, _port, _user, _password, _tls, _startTls, _insecure, _caFile, _json, Verbose]) command.Options.Add(option);
    }

    /// <summary>Reads the settings from a parse result.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">Contradictory options.</exception>
    public ClientSettings Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var settings = new ClientSettings
        {
            Host = result.GetValue(_host)!,
            Port = result.GetValue(_port),
            User = result.GetValue(_user),
            Password = result.GetValue(_password),
            Tls = result.GetValue(_tls),
            StartTls = result.GetValue(_startTls),
            Insecure = result.GetValue(_insecure),
            CaFile = result.GetValue(_caFile),
            Json = result.GetValue(_json),
        };
        if (settings.Tls && settings.StartTls) throw new ArgumentException("Use either -s (implicit TLS) or --starttls, not both.");
        return settings;
    }
}
