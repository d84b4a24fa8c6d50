using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Server.Authentication.Sasl;
using Imap4.Server.Commands;

namespace Imap4.Server.Session;

/// <summary>
/// Computes a session's CAPABILITY list from what is really implemented: the registered handlers (each announces its
/// own capabilities while available), the SASL mechanisms usable on this connection, and LOGINDISABLED where
/// passwords may not travel in the clear.
/// </summary>
internal static class CapabilityBuilder
{
    public static IReadOnlyList<Capability> Build(ImapSession session)
    {
        CommandRegistry registry = session.Options.Commands;
        var caps = new List<Capability> { Capability.Imap4Rev2, Capability.Imap4Rev1 };
        if (session.State == SessionState.NotAuthenticated)
        {
            if (!session.IsPlaintextAuthAllowed || !registry.Contains<LoginCommand>()) caps.Add(Capability.LoginDisabled);
            if (registry.Contains<AuthenticateCommand>())
            {
                foreach (string mechanism in OfferedMechanisms(session)) caps.Add(Capability.Auth(mechanism));
                caps.Add(Capability.SaslIR);
            }
        }
        caps.Add(Capability.LiteralPlus);
        foreach (ICommandHandler handler in registry.Handlers)
        {
            if (handler.Capabilities.Count == 0 || !handler.IsAvailable(session)) continue;
            foreach (Capability c in handler.Capabilities)
                if (!caps.Contains(c)) caps.Add(c);
        }
        if (session.Options.AllowSetQuota && registry.Contains<SetQuotaCommand>() && registry.Contains<GetQuotaCommand>())
            caps.Add(Handlers.Quota.SetQuotaHandler.QuotaSet);
        if (registry.Contains<EnableCommand>() && registry.EnableableExtensions.Contains(Capability.Utf8Accept)) caps.Add(Capability.Utf8Accept);
        return caps;
    }

    /// <summary>The SASL mechanisms this session may use, in the configured order.</summary>
    public static List<string> OfferedMechanisms(ImapSession session)
    {
        var names = new List<string>();
        foreach (string configured in session.Options.AuthenticationMechanisms)
        {
            string name = configured.ToUpperInvariant();
            if (!SaslMechanisms.IsAvailable(name, session.Options.Users)) continue;
            if (SaslMechanisms.IsPlaintext(name) && !session.IsPlaintextAuthAllowed) continue;
            if (!names.Contains(name)) names.Add(name);
        }
        return names;
    }
}
