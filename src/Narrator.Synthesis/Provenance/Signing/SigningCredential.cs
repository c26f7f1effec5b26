using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Synthesis.Provenance.Signing;

/// <summary>
/// The certificate and private key that sign the C2PA manifests embedded in Narrator's audio: the
/// publisher's own (<see cref="FromPemFiles"/>), or a self-signed development key made once per user
/// (<see cref="Development"/>) whose subject says it is one, so that nobody mistakes it for a publisher.
/// </summary>
public sealed class SigningCredential : IDisposable
{
    /// <summary>The organizational unit that marks Narrator's self-signed development certificates.</summary>
    public const string DevelopmentMarker = "Narrator development key (not trusted)";

    private const string CertificateFile = "development-certificate.pem";
    private const string KeyFile = "development-key.pem";

    private SigningCredential(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        Certificate = certificate;
        Key = key;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The private key: ECDSA (P-256, P-384, P-521) or RSA (signed with PSS).</summary>
    public AsymmetricAlgorithm Key { get; }

    /// <summary>Whether this is a self-signed Narrator development key rather than a publisher's certificate.</summary>
    public bool IsDevelopment => IsDevelopmentCertificate(Certificate);

    /// <summary>The folder of the development key: <c>$XDG_CONFIG_HOME/narrator/provenance</c> (<c>~/.config/narrator/provenance</c>).</summary>
    public static string DefaultDevelopmentFolder
    {
        get
        {
            var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            if (string.IsNullOrEmpty(config))
            {
                config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            }

            return Path.Combine(config, "narrator", "provenance");
        }
    }

    public static bool IsDevelopmentCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Subject.Contains(DevelopmentMarker, StringComparison.Ordinal);
    }

    /// <summary>A publisher's certificate and private key, each a PEM file (the key unencrypted: PKCS#8, SEC1 or PKCS#1).</summary>
    /// <exception cref="NarratorException">A file is missing or unreadable, or the key does not belong to the certificate; the message names the file.</exception>
    public static SigningCredential FromPemFiles(string certificateFile, string keyFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificateFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        var certificate = Load(certificateFile, "signing certificate", () => X509Certificate2.CreateFromPem(File.ReadAllText(certificateFile)));
        var keyText = Load(keyFile, "signing key", () => File.ReadAllText(keyFile));
        var key = ReadKey(certificate, keyText, keyFile);
        if (key is null)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new NarratorException($"{keyFile}: this private key does not belong to the certificate {certificateFile} ({subject}), or it is not an unencrypted ECDSA or RSA key in PEM.");
        }

        return new SigningCredential(certificate, key);
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
            using var certificate = NewDevelopmentCertificate(key);

            // The key lands first, each file once: two processes making one at once keep the first one's pair.
            AtomicFile.WriteOwnerOnlyOnce(keyFile, System.Text.Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));
            var stored = File.ReadAllText(keyFile);
            using var storedKey = ECDsa.Create();
            storedKey.ImportFromPem(stored);
            if (storedKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()))
            {
                AtomicFile.WriteOwnerOnlyOnce(certificateFile, System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()));
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

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }

    private static X509Certificate2 NewDevelopmentCertificate(ECDsa key)
    {
        var name = new X500DistinguishedName($"CN=Narrator on {Environment.MachineName}, OU={DevelopmentMarker}, O=Narrator");
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));

        // C2PA's signer profile: e-mail protection or document signing.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4"), new Oid("1.3.6.1.5.5.7.3.36")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
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
