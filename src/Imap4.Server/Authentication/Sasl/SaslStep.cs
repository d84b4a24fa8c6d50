using Imap4.Protocol.Responses;

namespace Imap4.Server.Authentication.Sasl;

/// <summary>What a server mechanism decided after one client message.</summary>
internal readonly record struct SaslStep
{
    /// <summary>Send this challenge and wait for the next client message (null unless a challenge).</summary>
    public byte[]? Challenge { get; private init; }

    /// <summary>The authenticated user (null unless success).</summary>
    public ImapUser? User { get; private init; }

    /// <summary>Failure: the code of the tagged NO (null unless failure).</summary>
    public ResponseCode? FailureCode { get; private init; }

    /// <summary>Failure text.</summary>
    public string? FailureText { get; private init; }

    /// <summary>True when the failure is a malformed client message (BAD) rather than wrong credentials (NO).</summary>
    public bool Malformed { get; private init; }

    public static SaslStep Continue(byte[] challenge) => new() { Challenge = challenge };

    public static SaslStep Success(ImapUser user) => new() { User = user };

    public static SaslStep Failed() => new() { FailureCode = ResponseCode.AuthenticationFailed, FailureText = "Authentication failed." };

    public static SaslStep NotAuthorized() => new() { FailureCode = ResponseCode.AuthorizationFailed, FailureText = "Authorization identity refused." };

    public static SaslStep Invalid(string reason) => new() { FailureCode = ResponseCode.ClientBug, FailureText = reason, Malformed = true };
}
