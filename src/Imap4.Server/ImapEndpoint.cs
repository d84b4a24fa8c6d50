using System.Net;

namespace Imap4.Server;

/// <summary>One listening address of an <see cref="ImapServer"/>.</summary>
/// <param name="EndPoint">The address and port to listen on (port 0 picks a free port; see <see cref="ImapServer.BoundEndPoints"/>).</param>
/// <param name="Security">Plain IMAP (with STARTTLS when a certificate is configured) or implicit TLS.</param>
public sealed record ImapEndpoint(IPEndPoint EndPoint, ImapEndpointSecurity Security = ImapEndpointSecurity.Plain);
