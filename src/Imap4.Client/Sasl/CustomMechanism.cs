namespace Imap4.Client.Sasl;

/// <summary>A caller-supplied mechanism behind delegates (see <see cref="SaslMechanism.Custom(string, Func{byte[], byte[]})"/>).</summary>
internal sealed class CustomMechanism : SaslMechanism
{
    private readonly Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> respond;
    private readonly Func<CancellationToken, ValueTask<byte[]>>? initialResponse;

    public CustomMechanism(
        string name,
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> respond,
        Func<CancellationToken, ValueTask<byte[]>>? initialResponse,
        bool isPlaintext)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(respond);
        name = name.ToUpperInvariant();
        RequireMechanismName(name);
        Name = name;
        this.respond = respond;
        this.initialResponse = initialResponse;
        IsPlaintext = isPlaintext;
    }

    public override string Name { get; }

    public override bool SupportsInitialResponse => initialResponse is not null;

    public override bool IsPlaintext { get; }

    // The caller's mechanism owns any server-final check; nothing to verify here.
    public override void VerifySuccess(ReadOnlySpan<byte> additionalData)
    {
    }

    protected override async ValueTask<byte[]?> CreateInitialResponseAsync(CancellationToken cancellationToken) =>
        await initialResponse!(cancellationToken).ConfigureAwait(false);

    protected override async ValueTask<byte[]> EvaluateChallengeAsync(ReadOnlyMemory<byte> challenge, CancellationToken cancellationToken) =>
        await respond(challenge, cancellationToken).ConfigureAwait(false)
        ?? throw new SaslException(Name + ": the custom mechanism returned no response.");
}
