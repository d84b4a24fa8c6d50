using System.Collections.ObjectModel;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* THREAD (1 2)(3 (4)(5))</c>: the threads found by THREAD (RFC 5256), as trees of <see cref="ThreadNode"/>.</summary>
public sealed record ThreadResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="threads">The top-level threads, in order (empty when nothing matched).</param>
    public ThreadResponse(IEnumerable<ThreadNode> threads)
    {
        ArgumentNullException.ThrowIfNull(threads);
        ThreadNode[] array = [.. threads];
        if (Array.Exists(array, static t => t is null)) throw new ArgumentException("A thread is null.", nameof(threads));
        Threads = new ReadOnlyCollection<ThreadNode>(array);
    }

    /// <summary>The top-level threads.</summary>
    public IReadOnlyList<ThreadNode> Threads { get; }

    /// <inheritdoc />
    public override string Keyword => "THREAD";

    /// <inheritdoc />
    public bool Equals(ThreadResponse? other) => other is not null && Threads.SequenceEqual(other.Threads);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Threads.Count, Threads.Count > 0 ? Threads[0] : null);

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        writer.WriteRaw("THREAD"u8);
        if (Threads.Count > 0) writer.WriteSpace();
        foreach (ThreadNode t in Threads) t.Write(writer);
    }

    /// <summary>Reads <c>[SP 1*thread-list]</c>; SP between top-level lists and a trailing SP are tolerated.</summary>
    internal static ThreadResponse Parse(ref ImapReader reader, uint number)
    {
        var threads = new List<ThreadNode>();
        if (reader.TryReadSpace())
        {
            while (!reader.IsAtEndOfLine)
            {
                threads.Add(ThreadNode.Read(ref reader));
                reader.TryReadSpace();
            }
        }
        return new ThreadResponse(threads);
    }
}
