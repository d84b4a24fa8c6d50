using System.Buffers;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// One <c>thread-list</c> of a THREAD response (RFC 5256): a chain of messages, each the only child of the one before,
/// then the branches below the last of them. <c>(1 2 (3)(4 5))</c> is messages [1, 2] with branches [(3), (4 5)].
/// A node without messages is a dummy parent (a missing message) whose branches are siblings: <c>((3)(5))</c>.
/// </summary>
public sealed record ThreadNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="messages">The chain of messages (sequence numbers or UIDs, none 0); empty for a dummy parent.</param>
    /// <param name="branches">The subthreads below the last message (or below the dummy).</param>
    /// <exception cref="ArgumentException">Both are empty, a number is 0 or a branch is null.</exception>
    public ThreadNode(IEnumerable<uint> messages, IEnumerable<ThreadNode>? branches = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        uint[] chain = [.. messages];
        ThreadNode[] below = branches is null ? [] : [.. branches];
        if (Array.IndexOf(chain, 0u) >= 0) throw new ArgumentException("Message numbers start at 1.", nameof(messages));
        if (Array.Exists(below, static b => b is null)) throw new ArgumentException("A branch is null.", nameof(branches));
        if (chain.Length == 0 && below.Length == 0) throw new ArgumentException("A thread needs a message or a branch.", nameof(messages));
        Messages = new ReadOnlyCollection<uint>(chain);
        Branches = new ReadOnlyCollection<ThreadNode>(below);
    }

    /// <summary>A chain of messages without branches, e.g. <c>Chain(1, 2)</c> is <c>(1 2)</c>.</summary>
    /// <param name="messages">At least one message.</param>
    /// <returns>The node.</returns>
    public static ThreadNode Chain(params uint[] messages) => new(messages);

    /// <summary>The chain of messages; empty for a dummy parent.</summary>
    public IReadOnlyList<uint> Messages { get; }

    /// <summary>The subthreads below the last message.</summary>
    public IReadOnlyList<ThreadNode> Branches { get; }

    /// <summary>True for a dummy parent (no message of its own).</summary>
    public bool IsDummy => Messages.Count == 0;

    /// <inheritdoc />
    public bool Equals(ThreadNode? other) =>
        other is not null && Messages.SequenceEqual(other.Messages) && Branches.SequenceEqual(other.Branches);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Messages.Count, Messages.Count > 0 ? Messages[0] : 0, Branches.Count);

    /// <summary>The wire form, e.g. <c>(1 2 (3)(4 5))</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(new ImapWriter(buffer, ImapWriterOptions.Server));
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the thread-list.</summary>
    /// <param name="writer">Where to write.</param>
    public void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Messages.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteNumber(Messages[i]);
        }
        if (Messages.Count > 0 && Branches.Count > 0) writer.WriteSpace();
        foreach (ThreadNode branch in Branches) branch.Write(writer);
        writer.WriteByte((byte)')');
    }

    /// <summary>
    /// Reads a thread-list, nesting bounded by the reader's limit. Tolerated: SP between nested lists, no SP before them,
    /// and a single nested list (the grammar asks for two or more).
    /// </summary>
    /// <param name="reader">The reader, at "(".</param>
    /// <returns>The node.</returns>
    /// <exception cref="ImapParseException">Malformed, empty, or nested too deeply.</exception>
    public static ThreadNode Read(ref ImapReader reader)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) reader.Fail("thread nested too deeply");
        reader.EnterList();
        var messages = new List<uint>();
        if (reader.Peek() != '(')
        {
            messages.Add(reader.ReadNzNumber());
            while (reader.TryReadSpace() && reader.Peek() != '(') messages.Add(reader.ReadNzNumber());
        }
        var branches = new List<ThreadNode>();
        while (reader.Peek() == '(')
        {
            branches.Add(Read(ref reader));
            reader.TryReadSpace();
        }
        reader.ExitList();
        return new ThreadNode(messages, branches);
    }
}
