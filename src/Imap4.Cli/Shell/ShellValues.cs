using System.Reflection;

namespace Imap4.Cli.Shell;

/// <summary>Turns a result into something printable: awaits a forgotten task, collects an async stream.</summary>
internal static class ShellValues
{
    /// <summary>The most items collected from an async stream (e.g. <c>c.FetchAsync(...)</c>) for printing.</summary>
    public const int MaxStreamItems = 1000;

    private static readonly MethodInfo CollectMethod = typeof(ShellValues).GetMethod(nameof(CollectAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Awaits a task result and collects an async stream; other values pass through.</summary>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    /// <returns>The value to print; nothing for a plain <see cref="Task"/>.</returns>
    public static async Task<ShellOutcome> SettleAsync(object? value, CancellationToken cancellationToken)
    {
        if (value is Task task)
        {
            await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            Type type = task.GetType();
            // Task<T> has a Result; a plain Task (or the runtime's VoidTaskResult) has nothing to show.
            PropertyInfo? result = type.IsGenericType ? type.GetProperty(nameof(Task<int>.Result)) : null;
            if (result is null || result.PropertyType.Name == "VoidTaskResult") return ShellOutcome.Nothing;
            value = result.GetValue(task);
        }
        Type? element = value?.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?.GetGenericArguments()[0];
        if (element is null) return ShellOutcome.Value(value);
        var collect = (Task<List<object?>>)CollectMethod.MakeGenericMethod(element).Invoke(null, [value, cancellationToken])!;
        return ShellOutcome.Value(await collect.ConfigureAwait(false));
    }

    private static async Task<List<object?>> CollectAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<object?>();
        await foreach (T item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
            if (list.Count == MaxStreamItems) break;
        }
        return list;
    }
}
