using System.Runtime.CompilerServices;

namespace Imap4.Storage.InMemory;

/// <summary>Exposes a synchronous, lazily computed sequence as an async one (the memory store never waits).</summary>
internal static class AsyncSequence
{
#pragma warning disable CS1998 // nothing to await: the data is in memory
    public static async IAsyncEnumerable<T> Of<T>(Func<IEnumerable<T>> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (T item in source())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
#pragma warning restore CS1998
}
