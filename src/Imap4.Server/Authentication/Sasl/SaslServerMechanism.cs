namespace Imap4.Server.Authentication.Sasl;

/// <summary>
/// The server side of one SASL exchange (RFC 4422). An instance serves one AUTHENTICATE command. The session calls
/// <see cref="StartAsync"/> with the SASL-IR initial response (or null), then <see cref="StepAsync"/> with each client
/// response until the step is a success or a failure.
/// </summary>
internal abstract class SaslServerMechanism
{
    protected SaslServerMechanism(IUserDirectory users) => Users = users;

    /// <summary>The directory that checks credentials.</summary>
    protected IUserDirectory Users { get; }

    /// <summary>The mechanism name, upper case.</summary>
    public abstract string Name { get; }

    /// <summary>Starts the exchange.</summary>
    /// <param name="initialResponse">The SASL-IR initial response, or null when the client sent none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public abstract ValueTask<SaslStep> StartAsync(ReadOnlyMemory<byte>? initialResponse, CancellationToken cancellationToken);

    /// <summary>Handles one client response.</summary>
    /// <param name="response">The decoded response.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public abstract ValueTask<SaslStep> StepAsync(ReadOnlyMemory<byte> response, CancellationToken cancellationToken);
}
