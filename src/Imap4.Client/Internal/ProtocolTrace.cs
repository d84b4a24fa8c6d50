using System.Buffers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Imap4.Client.Internal;

/// <summary>
/// The protocol trace (Trace level) and connection events, with secrets redacted: a LOGIN or AUTHENTICATE command
/// shows only its tag and name, and AUTHENTICATE data lines (both ways) show as <c>***</c>.
/// </summary>
internal sealed partial class ProtocolTrace(ILogger logger)
{
    private const int MaxShown = 2048;

    public ILogger Logger { get; } = logger;

    public bool Enabled => Logger.IsEnabled(LogLevel.Trace);

    public void Sent(ReadOnlySpan<byte> bytes)
    {
        if (!Enabled) return;
        string text = Show(bytes);
        LogSent(Logger, text);
    }

    public void SentRedacted(string what)
    {
        if (Enabled) LogSent(Logger, what);
    }

    public void Received(in ReadOnlySequence<byte> frame, bool redact)
    {
        if (!Enabled) return;
        if (redact)
        {
            LogReceived(Logger, "+ ***");
            return;
        }
        ReadOnlySequence<byte> shown = frame.Length > MaxShown ? frame.Slice(0, MaxShown) : frame;
        string text = Show(shown.ToArray());
        if (frame.Length > MaxShown) text += $"... ({frame.Length} bytes)";
        LogReceived(Logger, text);
    }

    private static string Show(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxShown) return Encoding.UTF8.GetString(bytes[..MaxShown]) + $"... ({bytes.Length} bytes)";
        return Encoding.UTF8.GetString(bytes).TrimEnd('\r', '\n');
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "C: {Line}")]
    private static partial void LogSent(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Trace, Message = "S: {Line}")]
    private static partial void LogReceived(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connected ({Transport}): {Greeting}")]
    public static partial void LogConnected(ILogger logger, string transport, string greeting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection failed: {Reason}")]
    public static partial void LogFailed(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connection closed")]
    public static partial void LogClosed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discarded {Count} bytes received before the TLS handshake (possible command injection)")]
    public static partial void LogDiscarded(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Layer} started")]
    public static partial void LogLayer(ILogger logger, string layer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unexpected server response ignored: {Response}")]
    public static partial void LogUnexpected(ILogger logger, string response);

    [LoggerMessage(Level = LogLevel.Error, Message = "An update handler threw; the connection goes on")]
    public static partial void LogHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Server alert: {Text}")]
    public static partial void LogAlert(ILogger logger, string text);
}
