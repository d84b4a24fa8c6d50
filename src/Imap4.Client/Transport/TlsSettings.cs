using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Imap4.Client.Transport;

/// <summary>Turns <see cref="ImapConnectionOptions"/> into TLS client settings, and remembers why a certificate was refused.</summary>
internal sealed class TlsSettings
{
    private readonly ImapConnectionOptions _options;

    public TlsSettings(ImapConnectionOptions options) => _options = options;

    /// <summary>The errors of the last refused certificate (for the exception message).</summary>
    public SslPolicyErrors LastErrors { get; private set; }

    public SslClientAuthenticationOptions Create(string host)
    {
        var ssl = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = Validate,
        };
        if (_options.ClientCertificate is { } certificate) ssl.ClientCertificates = [certificate];
        X509Certificate2Collection? roots = LoadRoots();
        if (roots is not null)
        {
            // A private CA replaces the system store; the host name is still checked by SslStream.
            ssl.CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            ssl.CertificateChainPolicy.CustomTrustStore.AddRange(roots);
        }
        return ssl;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_options.DangerousAcceptAnyServerCertificate || errors == SslPolicyErrors.None) return true;
        LastErrors = errors;
        return false;
    }

    private X509Certificate2Collection? LoadRoots()
    {
        if (_options.CaFile is null && _options.TrustedCertificates is null) return null;
        var roots = new X509Certificate2Collection();
        if (_options.TrustedCertificates is { } trusted) roots.AddRange(trusted);
        if (_options.CaFile is { } path)
        {
            string text = File.ReadAllText(path);
            if (text.Contains("-----BEGIN", StringComparison.Ordinal)) roots.ImportFromPem(text);
            else roots.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }
        return roots;
    }
}
