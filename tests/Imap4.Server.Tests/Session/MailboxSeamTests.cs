using System.Collections.Concurrent;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Responses;
using Imap4.Server.Authentication;
using Imap4.Server.Commands;
using Imap4.Server.Mail;
using Imap4.Server.Session;
using Imap4.Server.Tests.Support;

namespace Imap4.Server.Tests.Session;

/// <summary>
/// The seam mailbox commands plug into: a backend opened at authentication, a handler file per command, and pending
/// updates written after each command in the selected state. Exercised here with fakes, before real storage exists.
/// </summary>
public sealed class MailboxSeamTests
{
    [Fact]
    public async Task Backend_is_opened_at_login_and_closed_at_unauthenticate_and_disconnect()
    {
        var backend = new FakeBackend();
        await using var server = await Servers.StartAsync(o => o.MailBackend = backend);
        await using (var client = await TestClient.ConnectAsync(server.Port))
        {
            await client.CommandAsync("a", "LOGIN alice secret");
            Assert.Equal(["open alice"], backend.Events);
            await client.CommandAsync("b", "UNAUTHENTICATE");
            Assert.Equal(["open alice", "close alice"], backend.Events);
            await client.CommandAsync("c", "AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==");
        }
        for (int i = 0; i < 100 && backend.Events.Count < 4; i++) await Task.Delay(20);
        Assert.Equal(["open alice", "close alice", "open alice", "close alice"], backend.Events);
        await server.DeliverAsync("alice", "Subject: hi\r\n\r\nbody\r\n"u8.ToArray());
        Assert.Equal("deliver alice INBOX 21", backend.Events.Last());
    }

    [Fact]
    public async Task A_backend_refusal_keeps_the_session_unauthenticated()
    {
        await using var server = await Servers.StartAsync(o => o.MailBackend = new FakeBackend { Refuse = true });
        await using var client = await TestClient.ConnectAsync(server.Port);
        Assert.Equal("a NO [UNAVAILABLE] Account locked.", (await client.CommandAsync("a", "LOGIN alice secret"))[^1]);
        Assert.StartsWith("b BAD", (await client.CommandAsync("b", "IDLE"))[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_file_select_handler_enters_the_selected_state_and_updates_flow_after_each_command()
    {
        await using var server = await Servers.StartAsync(o =>
        {
            o.MailBackend = new FakeBackend();
            o.Commands.Add(new FakeSelectHandler());
        });
        await using var client = await TestClient.ConnectAsync(server.Port);
        await client.CommandAsync("a", "LOGIN alice secret");
        Assert.Equal(["* 3 EXISTS", "b OK [READ-WRITE] SELECT completed."], await client.CommandAsync("b", "SELECT INBOX"));
        Assert.Equal(["* 4 EXISTS", "c OK NOOP completed."], await client.CommandAsync("c", "NOOP"));
        await client.CommandAsync("d", "UNAUTHENTICATE");
        Assert.Equal(["e OK NOOP completed."], await client.CommandAsync("e", "NOOP"));
    }

    private sealed class FakeBackend : IMailBackend
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public bool Refuse { get; init; }

        public ValueTask OpenSessionAsync(ImapSession session, ImapUser user, CancellationToken cancellationToken)
        {
            if (Refuse) throw new ImapCommandException(ResponseCode.Unavailable, "Account locked.");
            session.Features.Set(user); // a real backend keeps the opened account here
            Events.Enqueue("open " + user.Name);
            return ValueTask.CompletedTask;
        }

        public ValueTask CloseSessionAsync(ImapSession session, CancellationToken cancellationToken)
        {
            Events.Enqueue("close " + session.Features.Get<ImapUser>()?.Name);
            return ValueTask.CompletedTask;
        }

        public ValueTask DeliverAsync(string userName, string mailbox, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
        {
            Events.Enqueue($"deliver {userName} {mailbox} {message.Length}");
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FakeSelectHandler : CommandHandler<SelectCommand>
    {
        public override SessionStates AllowedStates => SessionStates.AuthenticatedOrSelected;

        public override SequenceNumberUse SequenceNumbers => SequenceNumberUse.Breaks;

        protected override ValueTask<CommandResult> HandleAsync(SelectCommand command, CommandContext context, CancellationToken cancellationToken)
        {
            Assert.NotNull(context.Session.Features.Get<ImapUser>());
            context.Session.EnterSelectedState();
            context.Session.Features.Set<IMailboxUpdates>(new GrowingMailbox());
            return ValueTask.FromResult(CommandResult.Ok("SELECT completed.", ResponseCode.ReadWrite));
        }
    }

    private sealed class GrowingMailbox : IMailboxUpdates
    {
        private uint _count = 2;

        public ValueTask WritePendingAsync(CommandContext context, SequenceNumberUse commandUse, CancellationToken cancellationToken) =>
            context.WriteAsync(new ExistsResponse(++_count), cancellationToken);
    }
}
