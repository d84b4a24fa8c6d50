using System.Globalization;
using Imap4.Cli.Client;

namespace Imap4.Cli.Config;

/// <summary>
/// IMAPClient's configuration file (<c>python -m imapclient.interact -f FILE</c>): an INI file with
/// <c>host, username, password, port, ssl, starttls, ssl_check_hostname, ssl_verify_cert, ssl_ca_file, timeout,
/// oauth2, oauth2_client_id, oauth2_client_secret, oauth2_refresh_token</c> (plus <c>oauth2_token_url</c>) in
/// <c>[DEFAULT]</c> or a named section that inherits from it. Other keys are ignored, as IMAPClient ignores them.
/// </summary>
internal static class ClientConfigFile
{
    /// <summary>Reads the file and fills in what the flags left unset (flags win).</summary>
    /// <param name="flags">The settings given as flags, with <see cref="ClientSettings.ConfigFile"/> set.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The merged settings.</returns>
    /// <exception cref="FormatException">A malformed file or value.</exception>
    /// <exception cref="ArgumentException">The account section does not exist.</exception>
    public static async Task<ClientSettings> ApplyAsync(ClientSettings flags, CancellationToken cancellationToken)
    {
        string path = flags.ConfigFile ?? throw new ArgumentException("No config file given.");
        var info = new FileInfo(path);
        if (!info.Exists) throw new IOException($"Config file {path} does not exist.");
        if (info.Length > IniDocument.MaxLength * 4L) throw new FormatException($"{path}: larger than IniDocument.MaxLength.");
        string text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Apply(flags, IniDocument.Parse(text, path));
    }

    /// <summary>Merges a parsed file into the flags (flags win).</summary>
    /// <param name="flags">The settings given as flags.</param>
    /// <param name="ini">The parsed file.</param>
    /// <returns>The merged settings.</returns>
    /// <exception cref="FormatException">A malformed value.</exception>
    /// <exception cref="ArgumentException">The account section does not exist.</exception>
    public static ClientSettings Apply(ClientSettings flags, IniDocument ini)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(ini);
        string section = flags.Account ?? IniDocument.DefaultSection;
        if (!ini.HasSection(section))
        {
            string known = ini.SectionNames.Count == 0 ? "none besides [DEFAULT]" : string.Join(", ", ini.SectionNames);
            throw new ArgumentException($"{flags.ConfigFile}: no section [{section}] (sections: {known}).");
        }
        string? Get(string key) => ini.Get(section, key) is { Length: > 0 } v ? v : null;
        bool? Bool(string key) => Get(key) is { } v ? ConfigBoolean.Parse(v, key) : null;
        bool verify = Bool("ssl_verify_cert") ?? true;
        bool checkHostname = Bool("ssl_check_hostname") ?? true;
        if (!checkHostname && verify)
            throw new NotSupportedException("ssl_check_hostname = false needs ssl_verify_cert = false too (imap4 checks the name of every certificate it verifies).");
        return flags with
        {
            Host = flags.Host ?? Get("host"),
            Port = flags.Port ?? Int(Get("port"), "port"),
            User = flags.User ?? Get("username"),
            Password = flags.Password ?? Get("password"),
            Tls = flags.Tls || (Bool("ssl") ?? false),
            StartTls = flags.StartTls || (Bool("starttls") ?? false),
            Insecure = flags.Insecure || !verify,
            CaFile = flags.CaFile ?? Get("ssl_ca_file"),
            Timeout = flags.Timeout ?? (Get("timeout") is { } t ? ClientOptions.TimeoutOf(Number(t, "timeout")) : null),
            OAuth2 = flags.OAuth2 || (Bool("oauth2") ?? false),
            OAuth2ClientId = flags.OAuth2ClientId ?? Get("oauth2_client_id"),
            OAuth2ClientSecret = flags.OAuth2ClientSecret ?? Get("oauth2_client_secret"),
            OAuth2RefreshToken = flags.OAuth2RefreshToken ?? Get("oauth2_refresh_token"),
            OAuth2TokenUrl = flags.OAuth2TokenUrl ?? (Get("oauth2_token_url") is { } url ? Url(url) : null),
        };
    }

    private static int? Int(string? value, string key)
    {
        if (value is null) return null;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and < 65536
            ? port : throw new FormatException($"{key} = '{value}' is not a port number (1-65535).");
    }

    private static double Number(string value, string key) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n : throw new FormatException($"{key} = '{value}' is not a number.");

    private static Uri Url(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && uri.Scheme is "https" or "http"
            ? uri : throw new FormatException($"oauth2_token_url = '{value}' is not an http(s) URL.");
}
