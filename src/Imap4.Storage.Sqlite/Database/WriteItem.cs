using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>One write waiting for the group commit: its work, its caller's token and the task its caller awaits.</summary>
internal abstract class WriteItem
{
    private const int Pending = 0, Taken = 1, Withdrawn = 2;
    private int _state;

    protected WriteItem(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    public CancellationToken CancellationToken { get; }

    /// <summary>Claims the item for a batch; false once its caller has withdrawn it.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Pending) == Pending;

    /// <summary>Withdraws the item before a batch takes it (its caller gave up waiting); false once taken.</summary>
    public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Pending) == Pending;

    public abstract bool IsCompleted { get; }

    /// <summary>Runs the work inside the batch's transaction and keeps its result until the commit.</summary>
    public abstract ValueTask RunAsync(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Hands the kept result to the caller (after the commit).</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);
}

/// <summary>A write producing a <typeparamref name="T"/>.</summary>
internal sealed class WriteItem<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, ValueTask<T>> work,
    CancellationToken cancellationToken) : WriteItem(cancellationToken)
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override bool IsCompleted => _completion.Task.IsCompleted;

    public override async ValueTask RunAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        CancellationToken.ThrowIfCancellationRequested();
        _result = await work(connection, transaction, CancellationToken).ConfigureAwait(false);
        CancellationToken.ThrowIfCancellationRequested(); // honoured up to the commit
    }

    public override void Complete() => _completion.TrySetResult(_result!);

    public override void Fail(Exception exception)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
            _completion.TrySetCanceled(CancellationToken);
        else
            _completion.TrySetException(exception);
    }
}
