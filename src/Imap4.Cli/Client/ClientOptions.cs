using System.CommandLine;

namespace Imap4.Cli.Client;

/// <summary>The connection options of the client commands: <c>-H -p -u -P -s --starttls --insecure --cafile -f -a --timeout --json</c>.</summary>
internal sealed class ClientOptions
{
    private readonly Option<string> _host = new("--host", "-H") { Description = "Server host (default: the config file's, else localhost).", HelpName = "HOST" };
    private readonly Option<int?> _port = new("--port", "-p") { Description = "Port (default 993 with -s, else 143).", HelpName = "PORT" };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "User name to log in as.", HelpName = "NAME" };
    private readonly Option<string?> _password = new("--password", "-P") { Description = "Password (default: $IMAP4_PASSWORD, or a prompt).", HelpName = "PASS" };
    private readonly Option<bool> _tls = new("--tls", "-s") { Description = "Implicit TLS (IMAPS)." };
    private readonly Option<bool> _startTls = new("--starttls") { Description = "Upgrade with STARTTLS before logging in." };
    private readonly Option<bool> _insecure = new("--insecure") { Description = "Accept any server certificate (dangerous)." };
    private readonly Option<string?> _caFile = new("--cafile") { Description = "PEM certificates to trust instead of the system store.", HelpName = "FILE" };
    private readonly Option<string?> _config = new("--config", "-f") { Description = "IMAPClient-style INI file with the connection settings; flags override it.", HelpName = "FILE" };
    private readonly Option<string?> _account = new("--account", "-a") { Description = "The config file's section to use (default [DEFAULT]).", HelpName = "NAME" };
    private readonly Option<double?> _timeout = new("--timeout") { Description = "Connect and read timeout in seconds.", HelpName = "SECONDS" };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON." };

    /// <summary><c>--verbose</c>: print the full exception (stack trace) when a command fails.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (stack traces) of errors." };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in (Option[])[_host, _port, _user, _password, _tls, _startTls, _insecure, _caFile, _config, _account, _timeout, _json, Verbose]) command.Options.Add(option);
    }

    /// <summary>Reads the settings given as flags (<see cref="ClientSettingsResolver"/> merges the config file).</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">Contradictory options.</exception>
    public ClientSettings Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var settings = new ClientSettings
        {
            Host = result.GetValue(_host),
            Port = result.GetValue(_port),
            User = result.GetValue(_user),
            Password = result.GetValue(_password),
            Tls = result.GetValue(_tls),
            StartTls = result.GetValue(_startTls),
            Insecure = result.GetValue(_insecure),
            CaFile = result.GetValue(_caFile),
            Json = result.GetValue(_json),
            ConfigFile = result.GetValue(_config),
            Account = result.GetValue(_account),
            Timeout = result.GetValue(_timeout) is { } seconds ? TimeoutOf(seconds) : null,
        };
        if (settings.Tls && settings.StartTls) throw new ArgumentException("Use either -s (implicit TLS) or --starttls, not both.");
        if (settings.Account is not null && settings.ConfigFile is null) throw new ArgumentException("--account needs a config file: -f FILE.");
        return settings;
    }

    /// <summary>Checks a timeout in seconds (flag or config file).</summary>
    /// <param name="seconds">The seconds.</param>
    /// <returns>The timeout.</returns>
    /// <exception cref="ArgumentException">Not positive, or absurdly large.</exception>
    public static TimeSpan TimeoutOf(double seconds) =>
        seconds is > 0 and <= 86_400 ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"timeout {seconds} s: give 0 < seconds <= 86400.");
}
