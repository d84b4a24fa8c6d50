using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Handlers;
using Imap4.Server.Handlers.Mailbox;
using Imap4.Server.Handlers.Messages;

namespace Imap4.Server.Commands;

/// <summary>
/// Maps command record types to their handlers. A command without a handler is answered
/// <c>BAD [CLIENTBUG] ... not supported</c> and its capability is never advertised. Adding a command (SELECT, FETCH...)
/// is one handler file plus one <see cref="Add"/> call.
/// </summary>
public sealed class CommandRegistry
{
    private readonly Dictionary<Type, ICommandHandler> _handlers = [];
    private readonly List<ICommandHandler> _order = [];

    /// <summary>The handlers, in registration order (the order capabilities are advertised in).</summary>
    public IReadOnlyList<ICommandHandler> Handlers => _order;

    /// <summary>
    /// Extensions ENABLE may turn on (RFC 5161). IMAP4rev2 and UTF8=ACCEPT by default; handlers that need an enabled
    /// extension (CONDSTORE, QRESYNC) add it when they are registered.
    /// </summary>
    public ISet<Capability> EnableableExtensions { get; } = new HashSet<Capability> { Capability.Imap4Rev2, Capability.Utf8Accept };

    /// <summary>The registry with every handler this server implements.</summary>
    /// <returns>A new registry.</returns>
    public static CommandRegistry CreateDefault()
    {
        var registry = new CommandRegistry();
        registry.Add(new CapabilityHandler());
        registry.Add(new NoopHandler());
        registry.Add(new LogoutHandler());
        registry.Add(new StartTlsHandler());
        registry.Add(new LoginHandler());
        registry.Add(new AuthenticateHandler());
        registry.Add(new EnableHandler());
        registry.Add(new IdHandler());
        registry.Add(new IdleHandler());
        registry.Add(new UnauthenticateHandler());
        registry.Add(new CompressHandler());
        AddMailboxHandlers(registry);
        return registry;
    }

    private static void AddMailboxHandlers(CommandRegistry registry)
    {
        registry.Add(new SelectHandler());
        registry.Add(new CreateHandler());
        registry.Add(new DeleteHandler());
        registry.Add(new RenameHandler());
        registry.Add(new SubscribeHandler());
        registry.Add(new UnsubscribeHandler());
        registry.Add(new ListHandler());
        registry.Add(new LsubHandler());
        registry.Add(new NamespaceHandler());
        registry.Add(new StatusHandler());
        registry.Add(new CheckHandler());
        registry.Add(new CloseHandler());
        registry.Add(new UnselectHandler());
        registry.Add(new FetchHandler());
        registry.Add(new StoreHandler());
        registry.Add(new SearchHandler());
        registry.Add(new ExpungeHandler());
        registry.Add(new UidExpungeHandler());
        registry.Add(new CopyHandler());
        registry.Add(new MoveHandler());
        registry.Add(new AppendHandler());
        registry.Add(new Handlers.Quota.GetQuotaHandler());
        registry.Add(new Handlers.Quota.GetQuotaRootHandler());
        registry.Add(new Handlers.Quota.SetQuotaHandler());
        registry.Add(new SortHandler());
        registry.Add(new ThreadHandler());
        registry.EnableableExtensions.Add(Capability.CondStore);
        registry.EnableableExtensions.Add(Capability.QResync);
    }

    /// <summary>Registers a handler, replacing any handler of the same command type.</summary>
    /// <param name="handler">The handler.</param>
    public void Add(ICommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!typeof(ImapCommand).IsAssignableFrom(handler.CommandType))
            throw new ArgumentException("CommandType must be an ImapCommand record type.", nameof(handler));
        if (_handlers.Remove(handler.CommandType, out ICommandHandler? old)) _order.Remove(old);
        _handlers[handler.CommandType] = handler;
        _order.Add(handler);
    }

    /// <summary>Removes the handler of a command type (the command is then answered BAD and not advertised).</summary>
    /// <typeparam name="TCommand">The command record type.</typeparam>
    /// <returns>True when a handler was removed.</returns>
    public bool Remove<TCommand>() where TCommand : ImapCommand
    {
        if (!_handlers.Remove(typeof(TCommand), out ICommandHandler? old)) return false;
        _order.Remove(old);
        return true;
    }

    /// <summary>Finds the handler of a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>True when one is registered.</returns>
    public bool TryGet(ImapCommand command, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ICommandHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _handlers.TryGetValue(command.GetType(), out handler);
    }

    /// <summary>Finds the handler of a command record type.</summary>
    internal bool TryGet(Type commandType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ICommandHandler? handler) =>
        _handlers.TryGetValue(commandType, out handler);

    /// <summary>True when a handler for the command type is registered.</summary>
    /// <typeparam name="TCommand">The command record type.</typeparam>
    /// <returns>Whether it is.</returns>
    public bool Contains<TCommand>() where TCommand : ImapCommand => _handlers.ContainsKey(typeof(TCommand));
}
