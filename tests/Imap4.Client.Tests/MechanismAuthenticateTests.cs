using System.Text;
using Imap4.Client.Sasl;
using Imap4.Client.Tests.Support;

namespace Imap4.Client.Tests;

/// <summary>ImapConnection.AuthenticateAsync(ISaslMechanism): SASL-IR, the first empty challenge, the server's proof.</summary>
public sealed class MechanismAuthenticateTests
{
    private static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

    /// <summary>A client-first mechanism whose server proof check can be made to fail.</summary>
    private sealed class ProvingMechanism(bool proofOk) : ISaslMechanism
    {
        public int Responses { get; private set; }

        public string Name => "X-PROOF";

        public bool SupportsInitialResponse => true;

        public bool IsPlaintext => false;

        public bool IsComplete { get; private set; }

        public string? ServerError => null;

        public ValueTask<byte[]?> GetInitialResponseAsync(CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(Encoding.ASCII.GetBytes("hello"));

        public ValueTask<byte[]> RespondAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken)
        {
            Responses++;
            IsComplete = true;
            return ValueTask.FromResult(Encoding.ASCII.GetBytes("proof-of-" + Encoding.ASCII.GetString(challenge.Span)));
        }

        public void VerifySuccess(ReadOnlySpan<byte> additionalData)
        {
            if (!proofOk) throw new SaslException("bad server signature");
        }

        public bool IsSecret(int clientMessageIndex) => true;
    }

    [Fact]
    public async Task Initial_response_goes_inline_and_challenges_are_answered()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1 SASL-IR] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE X-PROOF " + B64("hello"), text);
            await s.SendAsync("+ " + B64("nonce"));
            Assert.Equal(B64("proof-of-nonce"), await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1 IDLE] ok");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var mechanism = new ProvingMechanism(proofOk: true);
        await c.AuthenticateAsync(mechanism);
        Assert.Equal(1, mechanism.Responses);
        Assert.Equal(ImapConnectionState.Authenticated, c.State);
        await server.Completion;
    }

    [Fact]
    public async Task A_server_that_fails_its_proof_is_not_trusted()
    {
        await using var server = FakeImapServer.Start(async s =>
        {
            await s.SendAsync("* OK [CAPABILITY IMAP4rev1] ready");
            var (tag, text) = await s.ReadCommandAsync();
            Assert.Equal("AUTHENTICATE X-PROOF", text);
            await s.SendAsync("+ ");
            Assert.Equal(B64("proof-of-"), await s.ReadLineAsync());
            await s.SendAsync($"{tag} OK [CAPABILITY IMAP4rev1] ok");
        });
        await using ImapConnection c = await server.ConnectAsync();
        var e = await Assert.ThrowsAsync<ImapSecurityException>(() => c.AuthenticateAsync(new ProvingMechanism(proofOk: false)));
        Assert.IsType<SaslException>(e.InnerException);
        Assert.False(c.IsConnected);
        await server.Completion;
    }
}
