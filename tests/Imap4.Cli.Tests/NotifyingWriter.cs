using System.Text;

namespace Imap4.Cli.Tests;

/// <summary>A thread-safe text sink that completes a task once a marker has been written.</summary>
internal sealed class NotifyingWriter(string marker) : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public Task MarkerSeen => _seen.Task;

    public string Text
    {
        get
        {
            lock (_text) return _text.ToString();
        }
    }

    public override void Write(char value) => Append(value.ToString());

    public override void Write(string? value) => Append(value ?? "");

    public override void Write(char[] buffer, int index, int count) => Append(new string(buffer, index, count));

    private void Append(string value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (_text.ToString().Contains(marker, StringComparison.Ordinal)) _seen.TrySetResult();
        }
    }
}
