using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using System.Security.Cryptography.X509Certificates;
using Narrator.Synthesis.Provenance.Containers;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>
/// Checks an embedded manifest store the way a C2PA validator does for Narrator's manifests: the active
/// manifest's COSE signature over its claim, every assertion against its hash in the claim, and the file's
/// bytes against the <c>c2pa.hash.data</c> hard binding. Trust lists are not consulted: the verdict names
/// the signer and whether it is a development key.
/// </summary>
internal static class ManifestVerifier
{
    public static ProvenanceVerification Verify(string file, string container, EmbeddedStore store, Func<IReadOnlyList<HashExclusion>, byte[]> hashFile)
    {
        var verdict = new ProvenanceVerification { File = file, Container = container, Status = ProvenanceStatus.Valid };
        try
        {
            var manifest = ActiveManifest(JumbfBox.Read(store.Manifest));
            verdict = verdict with { Manifest = manifest.Label };
            var claimBytes = Required(manifest.Child(C2paLabels.Claim) ?? manifest.Child("c2pa.claim"), "claim").Content("cbor")
                ?? throw new FormatException("its claim has no CBOR content");
            var claim = CborTree.Read(claimBytes) as Dictionary<string, object?> ?? throw new FormatException("its claim is not a CBOR map");
            var assertions = Required(manifest.Child(C2paLabels.AssertionStore), "assertion store");
            verdict = Facts(verdict, claim, assertions);

            var (signer, reason) = CheckSignature(Required(manifest.Child(C2paLabels.Signature), "signature").Content("cbor"), claimBytes);
            verdict = verdict with { Signer = signer?.Subject, DevelopmentKey = signer is not null && SigningCredential.IsDevelopmentCertificate(signer) };
            signer?.Dispose();
            reason ??= CheckAssertions(claim, assertions) ?? CheckBinding(assertions, store, hashFile);
            return reason is null ? verdict : verdict with { Status = ProvenanceStatus.Invalid, Reason = reason };
        }
        catch (FormatException e)
        {
            return verdict with { Status = ProvenanceStatus.Invalid, Reason = $"the manifest store is malformed: {e.Message}" };
        }
    }

    private static JumbfBox ActiveManifest(JumbfBox store)
    {
        if (store.Type != C2paLabels.ManifestStoreType || store.Label != C2paLabels.ManifestStore)
        {
            throw new FormatException($"its outer box is '{store.Label}' ({store.Type}), not the C2PA manifest store 'c2pa'");
        }

        return store.Children.LastOrDefault(c => c.Type == C2paLabels.ManifestType) ?? throw new FormatException("the store holds no manifest");
    }

    private static JumbfBox Required(JumbfBox? box, string what) => box ?? throw new FormatException($"the manifest has no {what}");

    /// <summary>The signer's certificate (when it could be read) and why the signature fails (null when it verifies).</summary>
    private static (X509Certificate2? Signer, string? Reason) CheckSignature(byte[]? signature, byte[] claim)
    {
        if (signature is null)
        {
            return (null, "the signature box is empty");
        }

        CoseSign1Message message;
        try
        {
            message = CoseMessage.DecodeSign1(signature);
        }
        catch (CryptographicException e)
        {
            return (null, $"the signature is not a COSE_Sign1 message ({e.Message})");
        }

        X509Certificate2 certificate;
        try
        {
            var chain = message.ProtectedHeaders.TryGetValue(new CoseHeaderLabel(33), out var value) ? value
                : message.UnprotectedHeaders.TryGetValue(new CoseHeaderLabel(33), out value) ? value
                : throw new FormatException("no x5chain");
            certificate = X509CertificateLoader.LoadCertificate(FirstCertificate(chain.EncodedValue));
        }
        catch (Exception e) when (e is FormatException or CryptographicException or CborContentException or InvalidOperationException)
        {
            return (null, $"the signer's certificate cannot be read from the signature's x5chain ({e.Message})");
        }

        using var key = (AsymmetricAlgorithm?)certificate.GetECDsaPublicKey() ?? certificate.GetRSAPublicKey();
        if (key is null)
        {
            return (certificate, $"the signer's certificate ({certificate.Subject}) has neither an ECDSA nor an RSA key");
        }

        try
        {
            return message.VerifyDetached(key, claim)
                ? (certificate, null)
                : (certificate, "the COSE signature does not match the claim (the claim or the signature was changed)");
        }
        catch (Exception e) when (e is CryptographicException or InvalidOperationException or ArgumentException)
        {
            return (certificate, $"the COSE signature cannot be checked ({e.Message})");
        }
    }

    /// <summary>The first certificate of an x5chain: one byte string, or an array of them.</summary>
    private static byte[] FirstCertificate(ReadOnlyMemory<byte> encoded)
    {
        var reader = new CborReader(encoded);
        if (reader.PeekState() == CborReaderState.StartArray)
        {
            reader.ReadStartArray();
        }

        return reader.ReadByteString();
    }

    private static string? CheckAssertions(Dictionary<string, object?> claim, JumbfBox assertions)
    {
        var listed = claim.Get<List<object?>>("created_assertions") ?? claim.Get<List<object?>>("assertions");
        if (listed is null or { Count: 0 })
        {
            return "the claim lists no assertions";
        }

        foreach (var reference in listed.OfType<Dictionary<string, object?>>())
        {
            var url = reference.Get<string>("url") ?? string.Empty;
            var label = url[(url.LastIndexOf('/') + 1)..];
            if (assertions.Child(label) is not { } box)
            {
                return $"the claim lists the assertion {url}, which is not in the manifest";
            }

            if (!SHA256.HashData(box.Payload).AsSpan().SequenceEqual(reference.Get<byte[]>("hash")))
            {
                return $"the assertion {label} was changed: its hash does not match the one in the claim";
            }
        }

        return null;
    }

    private static string? CheckBinding(JumbfBox assertions, EmbeddedStore store, Func<IReadOnlyList<HashExclusion>, byte[]> hashFile)
    {
        if (assertions.Child(C2paLabels.DataHash)?.Content("cbor") is not { } data)
        {
            return "the manifest has no hard binding (c2pa.hash.data) to the file's bytes";
        }

        var binding = CborTree.Read(data) as Dictionary<string, object?>;
        if (binding.Get<string>("alg") is { } alg && alg != C2paLabels.HashAlgorithm)
        {
            return $"the hard binding uses the hash algorithm '{alg}'; Narrator checks sha256";
        }

        var exclusions = (binding.Get<List<object?>>("exclusions") ?? [])
            .OfType<Dictionary<string, object?>>()
            .Select(e => new HashExclusion(e.Get<long>("start"), e.Get<long>("length")))
            .ToList();
        var wrapperEnd = store.WrapperStart + store.WrapperLength;
        if (exclusions.Any(e => e.Start < 0 || e.Length < 0))
        {
            return "the hard binding excludes a negative range";
        }

        if (!exclusions.Any(e => e.Start <= store.WrapperStart && e.Start + e.Length >= wrapperEnd))
        {
            return "the hard binding does not exclude exactly the embedded manifest, so it cannot match";
        }

        var expected = binding.Get<byte[]>("hash");
        return expected is not null && hashFile(exclusions).AsSpan().SequenceEqual(expected)
            ? null
            : "the audio was changed: the file's bytes do not match the manifest's hash (c2pa.hash.data)";
    }

    private static ProvenanceVerification Facts(ProvenanceVerification verdict, Dictionary<string, object?> claim, JumbfBox assertions)
    {
        var generator = claim.Get<Dictionary<string, object?>>("claim_generator_info");
        var actions = Assertion(assertions, C2paLabels.Actions).Get<List<object?>>("actions");
        var created = actions?.FirstOrDefault() as Dictionary<string, object?>;
        var voice = Assertion(assertions, C2paLabels.NarratorVoice);
        return verdict with
        {
            ClaimGenerator = generator is null ? null : $"{generator.Get<string>("name")} {generator.Get<string>("version")}".Trim(),
            Title = claim.Get<string>("dc:title"),
            Action = created.Get<string>("action"),
            When = created.Get<string>("when"),
            DigitalSourceType = created.Get<string>("digitalSourceType"),
            Voice = voice.Get<string>("voice"),
            VoiceFingerprint = voice.Get<string>("voiceFingerprint"),
            ConsentRecordId = voice.Get<string>("consentRecordId"),
            ConsentRecordSha256 = voice.Get<string>("consentRecordSha256"),
            WatermarkPayload = voice.Get<string>("watermarkPayload"),
            WatermarkKey = voice.Get<string>("watermarkKey"),
            Voices = voice.Get<List<object?>>("voices")?.OfType<Dictionary<string, object?>>().Select(Credit).ToList(),
        };
    }

    private static VoiceCredit Credit(Dictionary<string, object?> voice) => new()
    {
        Voice = voice.Get<string>("voice") ?? string.Empty,
        VoiceFingerprint = voice.Get<string>("voiceFingerprint") ?? string.Empty,
        ConsentRecordId = voice.Get<string>("consentRecordId"),
        ConsentRecordSha256 = voice.Get<string>("consentRecordSha256"),
        WatermarkPayload = voice.Get<string>("watermarkPayload"),
        Roles = voice.Get<List<object?>>("roles")?.OfType<string>().ToList() ?? [],
    };

    private static Dictionary<string, object?>? Assertion(JumbfBox assertions, string label) =>
        assertions.Child(label)?.Content("cbor") is { } data ? CborTree.Read(data) as Dictionary<string, object?> : null;
}
