using Imap4.Protocol.Responses;

namespace Imap4.Client;

/// <summary>
/// The server answered a command with a tagged NO (operational failure) or BAD (protocol error). The connection is
/// still usable.
/// </summary>
public class ImapCommandException : ImapException
{
    /// <summary>Creates the exception.</summary>
    public ImapCommandException() { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ImapCommandException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ImapCommandException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a failed command.</summary>
    /// <param name="commandName">The command's name, e.g. <c>SELECT</c>.</param>
    /// <param name="result">The whole result, tagged status and untagged data.</param>
    public ImapCommandException(string commandName, ImapCommandResult result)
        : base(Describe(commandName, result))
    {
        ArgumentNullException.ThrowIfNull(result);
        CommandName = commandName;
        Result = result;
    }

    /// <summary>The failed command's name (e.g. <c>SELECT</c>), or null.</summary>
    public string? CommandName { get; }

    /// <summary>The command's result, or null when the exception was not made from one.</summary>
    public ImapCommandResult? Result { get; }

    /// <summary>The tagged NO or BAD response, or null.</summary>
    public StatusResponse? Status => Result?.Status;

    /// <summary>The response code of the tagged response (e.g. <c>[TRYCREATE]</c>), or null.</summary>
    public ResponseCode? ResponseCode => Result?.Status.Code;

    private static string Describe(string commandName, ImapCommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{commandName} failed: {result.Status}";
    }
}
