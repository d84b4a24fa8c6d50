using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>LOGIN userid password</c> (RFC 9051 section 6.2.3), both astrings. A password holding CR, LF or 8-bit data is
/// written as a literal. <see cref="ToString"/> never shows the password, so the record can be logged.
/// </summary>
public sealed record LoginCommand : ImapCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password, in clear text.</param>
    /// <exception cref="ArgumentException">A value contains NUL, which IMAP strings cannot carry.</exception>
    public LoginCommand(string userName, string password)
    {
        UserName = Check(userName, nameof(userName));
        Password = Check(password, nameof(password));
    }

    /// <summary>The user name.</summary>
    public string UserName { get; }

    /// <summary>The password (sent in clear text: only over TLS).</summary>
    public string Password { get; }

    /// <inheritdoc/>
    public override string Name => "LOGIN";

    private static string Check(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException("NUL cannot be sent in LOGIN.", name);
        return value;
    }

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteAString(UserName);
        writer.WriteSpace();
        writer.WriteAString(Password);
    }

    /// <summary>The command with the password replaced by <c>***</c>.</summary>
    /// <returns>A loggable description.</returns>
    public override string ToString() => $"LoginCommand {{ Name = LOGIN, UserName = {UserName}, Password = *** }}";

    internal static LoginCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        string user = ReadValue(ref reader, "userid");
        reader.ReadSpace();
        string password = ReadValue(ref reader, "password");
        return new LoginCommand(user, password);
    }

    private static string ReadValue(ref ImapReader reader, string rule)
    {
        long start = reader.Position;
        if (reader.IsAtEndOfLine) reader.Fail($"expected {rule}");
        string value = reader.ReadAString();
        if (value.Contains('\0', StringComparison.Ordinal)) throw new ImapParseException(start, $"NUL in {rule}");
        return value;
    }
}
