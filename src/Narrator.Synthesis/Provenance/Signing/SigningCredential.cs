using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Synthesis.Provenance.Signing;

/// <summary>
/// The certificate and private key that sign the C2PA manifests embedded in Narrator's audio: the
/// publisher's own (<see cref="FromPemFiles"/>), or a self-signed development key made once per user
/// (<see cref="Development"/>) whose subject says it is one, so that nobody mistakes it for a publisher.
/// C2PA does not accept a self-signed signer, so the development key is issued by a development CA made
/// with it (whose own key is thrown away), and both certificates travel in the signature.
/// </summary>
public sealed class SigningCredential : IDisposable
{
    /// <summary>The organizational unit that marks Narrator's self-signed development certificates.</summary>
    public const string DevelopmentMarker = "Narrator development key (not trusted)";

    private const string CertificateFile = "development-certificate.pem";
    private const string KeyFile = "development-key.pem";

    private SigningCredential(X509Certificate2Collection chain, AsymmetricAlgorithm key)
    {
        Chain = chain;
        Key = key;
    }

    /// <summary>The signer's certificate.</summary>
    public X509Certificate2 Certificate => Chain[0];

    /// <summary>The signer's certificate first, then the certificates that issued it, as the PEM file lists them.</summary>
    public X509Certificate2Collection Chain { get; }

    /// <summary>The private key: ECDSA (P-256, P-384, P-521) or RSA (signed with PSS).</summary>
    public AsymmetricAlgorithm Key { get; }

    /// <summary>Whether this is a self-signed Narrator development key rather than a publisher's certificate.</summary>
    public bool IsDevelopment => IsDevelopmentCertificate(Certificate);

    /// <summary>The folder of the development key: <c>$XDG_CONFIG_HOME/narrator/provenance</c> (<c>~/.config/narrator/provenance</c>).</summary>
    public static string DefaultDevelopmentFolder => Path.Combine(Core.IO.UserFolders.Config(), "provenance");

    /// <summary>Whether <paramref name="certificate"/> is a Narrator development certificate (self-signed, trusted by no one).</summary>
    public static bool IsDevelopmentCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Subject.Contains(DevelopmentMarker, StringComparison.Ordinal);
    }

    /// <summary>
    /// A publisher's certificate and private key, each a PEM file: the certificate file holds the signer's
    /// certificate, optionally followed by the intermediates that issued it; the key is unencrypted (PKCS#8, SEC1 or PKCS#1).
    /// </summary>
    /// <exception cref="NarratorException">A file is missing or unreadable, or the key does not belong to the certificate; the message names the file.</exception>
    public static SigningCredential FromPemFiles(string certificateFile, string keyFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificateFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        var chain = Load(certificateFile, "signing certificate", () =>
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(certificateFile);
            return certificates.Count > 0 ? certificates : throw new CryptographicException("it holds no certificate");
        });
        var keyText = Load(keyFile, "signing key", () => File.ReadAllText(keyFile));
        var key = ReadKey(chain[0], keyText, keyFile);
        if (key is null)
        {
            var subject = chain[0].Subject;
            Dispose(chain);
            throw new NarratorException($"{keyFile}: this private key does not belong to the certificate {certificateFile} ({subject}), or it is not an unencrypted ECDSA or RSA key in PEM.");
        }

        return new SigningCredential(chain, key);
    }

    /// <summary>
    /// The development key in <paramref name="folder"/> (default <see cref="DefaultDevelopmentFolder"/>),
    /// made on first use: a self-signed ECDSA P-256 certificate whose subject says it is a development key.
    /// </summary>
    public static SigningCredential Development(string? folder = null)
    {
        folder ??= DefaultDevelopmentFolder;
        var certificateFile = Path.Combine(folder, CertificateFile);
        var keyFile = Path.Combine(folder, KeyFile);
        if (!File.Exists(certificateFile) || !File.Exists(keyFile))
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var (certificate, authority) = NewDevelopmentCertificates(key);
            using var _ = certificate;
            using var __ = authority;

            // The key lands first, each file once: two processes making one at once keep the first one's pair.
            AtomicFile.WriteOwnerOnlyOnce(keyFile, System.Text.Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));
            var stored = File.ReadAllText(keyFile);
            using var storedKey = ECDsa.Create();
            storedKey.ImportFromPem(stored);
            if (storedKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()))
            {
                AtomicFile.WriteOwnerOnlyOnce(certificateFile, System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem() + "\n" + authority.ExportCertificatePem() + "\n"));
            }
        }

        var credential = FromPemFiles(certificateFile, keyFile);
        if (!credential.IsDevelopment)
        {
            credential.Dispose();
            throw new NarratorException($"{certificateFile} is not a Narrator development certificate; move it away, and Narrator makes a new one.");
        }

        return credential;
    }

    /// <summary>Disposes the certificate chain and the private key.</summary>
    public void Dispose()
    {
        Dispose(Chain);
        Key.Dispose();
    }

    private static void Dispose(X509Certificate2Collection certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }

    /// <summary>The development signer's certificate (C2PA's signer profile) and the development CA's that issued it.</summary>
    private static (X509Certificate2 Signer, X509Certificate2 Authority) NewDevelopmentCertificates(ECDsa key)
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest($"CN=Narrator development CA on {Environment.MachineName}, OU={DevelopmentMarker}, O=Narrator", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

        var request = new CertificateRequest($"CN=Narrator on {Environment.MachineName}, OU={DevelopmentMarker}, O=Narrator", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));

        // C2PA's signer profile: e-mail protection or document signing.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4"), new Oid("1.3.6.1.5.5.7.3.36")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signer = request.Create(authority, now.AddDays(-1), now.AddYears(10).AddDays(-2), serial);
        return (X509CertificateLoader.LoadCertificate(signer.RawData), authority);
    }

    private static AsymmetricAlgorithm? ReadKey(X509Certificate2 certificate, string pem, string keyFile)
    {
        try
        {
            if (certificate.GetECDsaPublicKey() is { } ecdsaPublic)
            {
                using (ecdsaPublic)
                {
                    var key = ECDsa.Create();
                    key.ImportFromPem(pem);
                    return key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(ecdsaPublic.ExportSubjectPublicKeyInfo()) ? key : Discard(key);
                }
            }

            if (certificate.GetRSAPublicKey() is { } rsaPublic)
            {
                using (rsaPublic)
                {
                    var key = RSA.Create();
                    key.ImportFromPem(pem);
                    return key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(rsaPublic.ExportSubjectPublicKeyInfo()) ? key : Discard(key);
                }
            }

            return null;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new NarratorException($"{keyFile}: not a private key Narrator can read ({e.Message}); give an unencrypted ECDSA or RSA key in PEM.", e);
        }
    }

    private static AsymmetricAlgorithm? Discard(AsymmetricAlgorithm key)
    {
        key.Dispose();
        return null;
    }

    private static T Load<T>(string file, string what, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            var reason = File.Exists(file) ? e.Message : "the file does not exist";
            throw new NarratorException($"{file}: cannot read the {what} ({reason}).", e);
        }
    }
}
