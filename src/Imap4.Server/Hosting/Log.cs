using System.Net;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Microsoft.Extensions.Logging;

namespace Imap4.Server.Hosting;

/// <summary>
/// Every log message of the server, defined once (no formatting cost when the level is off). Commands are logged
/// through their <c>ToString</c>, which hides LOGIN passwords and AUTHENTICATE initial responses; SASL exchange lines
/// are never logged.
/// </summary>
internal static class Log
{
    private static readonly Func<ILogger, string, IPEndPoint?, IDisposable?> SessionScopeDefinition =
        LoggerMessage.DefineScope<string, IPEndPoint?>("Session {SessionId} from {Remote}");

    private static readonly Action<ILogger, Exception?> AutologoutDefinition =
        LoggerMessage.Define(LogLevel.Information, new EventId(1, "Autologout"), "Autologout after inactivity.");

    private static readonly Action<ILogger, string, Exception?> SessionEndedDefinition =
        LoggerMessage.Define<string>(LogLevel.Debug, new EventId(2, "SessionEnded"), "Session ended: {Reason}");

    private static readonly Action<ILogger, StatusResponse, Exception?> RejectedDefinition =
        LoggerMessage.Define<StatusResponse>(LogLevel.Debug, new EventId(3, "Rejected"), "Rejected command: {Response}");

    private static readonly Action<ILogger, string, ImapCommand, Exception?> CommandDefinition =
        LoggerMessage.Define<string, ImapCommand>(LogLevel.Debug, new EventId(4, "Command"), "C: {Tag} {Command}");

    private static readonly Action<ILogger, string, string, Exception?> StreamedAppendDefinition =
        LoggerMessage.Define<string, string>(LogLevel.Debug, new EventId(15, "StreamedAppend"), "C: {Tag} APPEND {Mailbox} (message literals streamed)");

    private static readonly Action<ILogger, string, Exception?> HandlerFailedDefinition =
        LoggerMessage.Define<string>(LogLevel.Error, new EventId(5, "HandlerFailed"), "{Command} failed unexpectedly.");

    private static readonly Action<ILogger, string, string, Exception?> AuthenticatedDefinition =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(6, "Authenticated"), "User {User} authenticated with {Mechanism}.");

    private static readonly Action<ILogger, string, string, IPAddress, Exception?> AuthenticationFailedDefinition =
        LoggerMessage.Define<string, string, IPAddress>(LogLevel.Warning, new EventId(7, "AuthenticationFailed"), "Failed {Mechanism} authentication for {User} from {Address}.");

    private static readonly Action<ILogger, string?, Exception?> UnauthenticatedDefinition =
        LoggerMessage.Define<string?>(LogLevel.Information, new EventId(8, "Unauthenticated"), "User {User} unauthenticated.");

    private static readonly Action<ILogger, string?, Exception?> TlsStartedDefinition =
        LoggerMessage.Define<string?>(LogLevel.Debug, new EventId(9, "TlsStarted"), "STARTTLS completed: {Tls}.");

    private static readonly Action<ILogger, Exception?> BackendCloseFailedDefinition =
        LoggerMessage.Define(LogLevel.Error, new EventId(10, "BackendCloseFailed"), "The mail backend failed to close the session.");

    private static readonly Action<ILogger, string, Exception?> ClientIdDefinition =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(11, "ClientId"), "Client ID: {Fields}");

    private static readonly Action<ILogger, IPAddress, Exception?> ConnectionRefusedDefinition =
        LoggerMessage.Define<IPAddress>(LogLevel.Warning, new EventId(12, "ConnectionRefused"), "Connection from {Address} refused: connection limit reached.");

    private static readonly Action<ILogger, string, IPAddress, string, Exception?> ConnectionEndedDefinition =
        LoggerMessage.Define<string, IPAddress, string>(LogLevel.Information, new EventId(13, "ConnectionEnded"), "Connection {Id} from {Address} ended: {Reason}");

    private static readonly Action<ILogger, string, Exception?> ListeningDefinition =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(14, "Listening"), "IMAP server listening on {EndPoints}.");

    public static IDisposable? SessionScope(this ILogger logger, string id, IPEndPoint? remote) => SessionScopeDefinition(logger, id, remote);

    public static void Autologout(this ILogger logger) => AutologoutDefinition(logger, null);

    public static void SessionEnded(this ILogger logger, Exception e) => SessionEndedDefinition(logger, e.Message, e);

    public static void Rejected(this ILogger logger, StatusResponse response) => RejectedDefinition(logger, response, null);

    public static void Command(this ILogger logger, TaggedCommand command) => CommandDefinition(logger, command.Tag, command.Command, null);

    public static void StreamedAppend(this ILogger logger, string tag, Imap4.Protocol.Primitives.MailboxName mailbox) =>
        StreamedAppendDefinition(logger, tag, mailbox.ToString(), null);

    public static void HandlerFailed(this ILogger logger, string command, Exception e) => HandlerFailedDefinition(logger, command, e);

    public static void Authenticated(this ILogger logger, string user, string mechanism) => AuthenticatedDefinition(logger, user, mechanism, null);

    public static void AuthenticationFailed(this ILogger logger, string mechanism, string user, IPAddress address) =>
        AuthenticationFailedDefinition(logger, mechanism, user, address, null);

    public static void Unauthenticated(this ILogger logger, string? user) => UnauthenticatedDefinition(logger, user, null);

    public static void TlsStarted(this ILogger logger, string? description) => TlsStartedDefinition(logger, description, null);

    public static void BackendCloseFailed(this ILogger logger, Exception e) => BackendCloseFailedDefinition(logger, e);

    public static void ClientId(this ILogger logger, string fields) => ClientIdDefinition(logger, fields, null);

    public static void ConnectionRefused(this ILogger logger, IPAddress address) => ConnectionRefusedDefinition(logger, address, null);

    public static void ConnectionEnded(this ILogger logger, string id, IPAddress address, Exception e) =>
        ConnectionEndedDefinition(logger, id, address, e.Message, null);

    public static void Listening(this ILogger logger, string endPoints) => ListeningDefinition(logger, endPoints, null);
}
