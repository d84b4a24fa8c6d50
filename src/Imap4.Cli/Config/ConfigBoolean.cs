namespace Imap4.Cli.Config;

/// <summary>Booleans as ConfigParser (and so IMAPClient) accepts them.</summary>
internal static class ConfigBoolean
{
    /// <summary>Parses <c>1/yes/true/on</c> or <c>0/no/false/off</c>, case-insensitive.</summary>
    /// <param name="value">The text.</param>
    /// <param name="key">The key, for the error message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Anything else.</exception>
    public static bool Parse(string value, string key)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant() switch
        {
            "1" or "yes" or "true" or "on" => true,
            "0" or "no" or "false" or "off" => false,
            _ => throw new FormatException($"{key} = '{value}' is not a boolean: use 1/yes/true/on or 0/no/false/off."),
        };
    }
}
