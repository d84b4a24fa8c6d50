namespace Imap4.Client.Internal;

/// <summary>
/// Marks the code running inside an update handler (an event handler or the IDLE callback), so that a command issued
/// from it is refused with an explanation instead of deadlocking: the connection cannot read the command's response
/// while it waits for the handler to return.
/// </summary>
internal sealed class HandlerScope
{
    private static readonly AsyncLocal<HandlerScope?> Current = new();

    private HandlerScope(object owner) => Owner = owner;

    private object Owner { get; }

    private bool Active { get; set; }

    /// <summary>Enters a scope for <paramref name="owner"/>; dispose the result when the handler has returned.</summary>
    public static Exit Enter(object owner)
    {
        var scope = new HandlerScope(owner) { Active = true };
        HandlerScope? previous = Current.Value;
        Current.Value = scope;
        return new Exit(scope, previous);
    }

    /// <summary>True when the caller runs inside an active handler of <paramref name="owner"/>.</summary>
    public static bool IsInside(object owner) => Current.Value is { Active: true } s && ReferenceEquals(s.Owner, owner);

    /// <summary>Leaves the scope: code that the handler left running afterwards may issue commands again.</summary>
    public readonly struct Exit(HandlerScope scope, HandlerScope? previous) : IDisposable
    {
        public void Dispose()
        {
            scope.Active = false;
            Current.Value = previous;
        }
    }
}
