using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Imap4.Cli.Serve;

/// <summary>
/// The server certificate: a given PEM pair, or a self-signed development certificate for localhost that is generated
/// once into the data directory (<c>cert.pem</c>, <c>key.pem</c>) and reused (regenerated when expired).
/// </summary>
public static class DevelopmentCertificate
{
    /// <summary>The certificate file name in the data directory.</summary>
    public const string CertificateFileName = "cert.pem";

    /// <summary>The private key file name in the data directory.</summary>
    public const string KeyFileName = "key.pem";

    /// <summary>Loads a PEM certificate and key.</summary>
    /// <param name="certificateFile">The certificate file.</param>
    /// <param name="keyFile">The key file, or null when the certificate file holds the key too.</param>
    /// <returns>The certificate with its private key.</returns>
    public static X509Certificate2 Load(string certificateFile, string? keyFile)
    {
        using X509Certificate2 pem = X509Certificate2.CreateFromPemFile(certificateFile, keyFile);
        // A PEM key is ephemeral; some platforms' TLS needs a key it can persist, which a PKCS#12 round trip gives.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Loads the development certificate of a data directory, creating it when missing or expired.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>The certificate with its private key.</returns>
    public static async Task<X509Certificate2> LoadOrCreateAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        string certificateFile = Path.Combine(dataDirectory, CertificateFileName);
        string keyFile = Path.Combine(dataDirectory, KeyFileName);
        if (File.Exists(certificateFile) && File.Exists(keyFile))
        {
            X509Certificate2 existing = Load(certificateFile, keyFile);
            if (existing.NotAfter > DateTime.Now.AddDays(1)) return existing;
            existing.Dispose();
        }
        using X509Certificate2 created = Create();
        using AsymmetricAlgorithm key = created.GetECDsaPrivateKey()!;
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem(), cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await File.WriteAllTextAsync(certificateFile, created.ExportCertificatePem(), cancellationToken).ConfigureAwait(false);
        return Load(certificateFile, keyFile);
    }

    /// <summary>Creates a self-signed ECDSA P-256 certificate for localhost, 127.0.0.1 and ::1, valid five years.</summary>
    /// <returns>The certificate with its private key.</returns>
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost, O=Imap4 development", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
    }
}
