using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;
using Imap4.Server.Mail;

namespace Imap4.Server.Handlers.Messages;

/// <summary>SORT and UID SORT (RFC 5256) with DISPLAYFROM and DISPLAYTO (SORT=DISPLAY, RFC 5957). ESORT return options are not supported.</summary>
public sealed class SortHandler : CommandHandler<SortCommand>
{
    /// <inheritdoc/>
    public override SessionStates AllowedStates => SessionStates.Selected;

    /// <inheritdoc/>
    public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Uses;

    /// <inheritdoc/>
    protected override SequenceNumberUse SequenceNumbersFor(SortCommand command) =>
        command is { IsUid: true } ? SequenceNumberUse.None : SequenceNumberUse.Uses;

    /// <inheritdoc/>
    public override IReadOnlyList<Capability> Capabilities { get; } = [Capability.Sort, Capability.SortDisplay];

    /// <inheritdoc/>
    protected override async ValueTask<CommandResult> HandleAsync(SortCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Return is not null) return CommandResult.Bad(ResponseCode.ClientBug, "SORT RETURN (ESORT) is not supported.");
        SearchCharsets.Check(command.Charset);
        SelectedMailbox view = context.Selected();
        List<SortEntry> entries = await SortSearch.LoadAsync(view, command.Search, command.SortBy, subject: false, cancellationToken).ConfigureAwait(false);
        entries.Sort((a, b) => SortEntry.Compare(a, b, command.SortBy));
        var numbers = new List<uint>(entries.Count);
        foreach (SortEntry e in entries) numbers.Add(command.IsUid ? e.Info.Uid : view.SequenceOf(e.Info.Uid));
        context.Write(new SortResponse(numbers));
        return CommandResult.Ok($"{command.Name} completed.");
    }
}
