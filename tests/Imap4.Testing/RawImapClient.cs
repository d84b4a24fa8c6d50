using System.Net.Sockets;
using System.Text;

namespace Imap4.Testing;

/// <summary>
/// A minimal IMAP client for interop tests: sends tagged commands (LITERAL+ for APPEND data), reads responses with
/// literals, and returns untagged responses parsed into <see cref="ImapValue"/>s. Not the real client library.
/// </summary>
public sealed class RawImapClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos;
    private int _len;
    private int _tag;

    private RawImapClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawImapClient> ConnectAsync(string host, int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port).ConfigureAwait(false);
        var client = new RawImapClient(tcp);
        string greeting;
        do greeting = Encoding.ASCII.GetString(await client.ReadLineAsync().ConfigureAwait(false));
        while (greeting.Contains("Waiting for authentication", StringComparison.Ordinal));
        if (!greeting.StartsWith("* OK", StringComparison.Ordinal)) throw new InvalidOperationException("bad greeting: " + greeting);
        return client;
    }

    /// <summary>Runs a command; throws unless the tagged status is OK (or <paramref name="allowFailure"/>).</summary>
    public async Task<CommandResult> CommandAsync(string command, byte[]? literal = null, bool allowFailure = false)
    {
        string tag = "t" + (++_tag);
        var output = new MemoryStream();
        if (literal is null) output.Write(Encoding.UTF8.GetBytes($"{tag} {command}\r\n"));
        else
        {
            output.Write(Encoding.UTF8.GetBytes($"{tag} {command} {{{literal.Length}+}}\r\n"));
            output.Write(literal);
            output.Write("\r\n"u8);
        }
        await _stream.WriteAsync(output.ToArray()).ConfigureAwait(false);
        var untagged = new List<List<ImapValue>>();
        while (true)
        {
            var segments = await ReadResponseAsync().ConfigureAwait(false);
            string first = Encoding.Latin1.GetString(segments[0].Bytes);
            if (first.StartsWith(tag + " ", StringComparison.Ordinal))
            {
                bool ok = first.StartsWith(tag + " OK", StringComparison.Ordinal);
                if (!ok && !allowFailure) throw new InvalidOperationException($"{command.Split(' ')[0]} failed: {first.Trim()}");
                return new CommandResult(ok, first.Trim(), untagged);
            }
            if (first.StartsWith("* ", StringComparison.Ordinal))
            {
                segments[0] = segments[0] with { Bytes = segments[0].Bytes[2..] };
                untagged.Add(ImapValue.Parse(segments));
            }
        }
    }

    private async Task<List<ResponseSegment>> ReadResponseAsync()
    {
        var segments = new List<ResponseSegment>();
        while (true)
        {
            byte[] line = await ReadLineAsync().ConfigureAwait(false);
            segments.Add(new ResponseSegment(line, false));
            int size = LiteralSize(line);
            if (size < 0) return segments;
            segments.Add(new ResponseSegment(await ReadExactAsync(size).ConfigureAwait(false), true));
        }
    }

    private static int LiteralSize(byte[] line)
    {
        var s = Encoding.ASCII.GetString(line).TrimEnd('\r', '\n');
        if (!s.EndsWith('}')) return -1;
        int open = s.LastIndexOf('{');
        if (open < 0) return -1;
        string number = s[(open + 1)..^1].TrimEnd('+');
        return int.TryParse(number, out int n) ? n : -1;
    }

    private async Task<byte[]> ReadLineAsync()
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_pos == _len && !await FillAsync().ConfigureAwait(false)) throw new IOException("connection closed");
            int lf = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            int end = lf < 0 ? _len : lf + 1;
            line.Write(_buffer, _pos, end - _pos);
            _pos = end;
            if (lf >= 0) return line.ToArray();
        }
    }

    private async Task<byte[]> ReadExactAsync(int size)
    {
        var result = new byte[size];
        int done = 0;
        while (done < size)
        {
            if (_pos == _len && !await FillAsync().ConfigureAwait(false)) throw new IOException("connection closed");
            int n = Math.Min(size - done, _len - _pos);
            Array.Copy(_buffer, _pos, result, done, n);
            _pos += n;
            done += n;
        }
        return result;
    }

    private async Task<bool> FillAsync()
    {
        _pos = 0;
        _len = await _stream.ReadAsync(_buffer).ConfigureAwait(false);
        return _len > 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CommandAsync("LOGOUT", allowFailure: true).ConfigureAwait(false);
        }
        catch (IOException)
        {
        }
        _tcp.Dispose();
    }
}

/// <summary>The outcome of a command: tagged status and untagged responses (each a list of values after "* ").</summary>
public sealed record CommandResult(bool Ok, string Status, List<List<ImapValue>> Untagged);
