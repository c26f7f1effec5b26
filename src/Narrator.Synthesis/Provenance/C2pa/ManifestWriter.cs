using System.Formats.Cbor;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Cose;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>
/// Builds a C2PA manifest store (JUMBF) for one Narrator file: the assertions (<c>c2pa.actions.v2</c>,
/// <c>org.narrator.voice</c> with every voice heard when there are several, the hard binding <c>c2pa.hash.data</c>), a v2 claim listing their hashes,
/// and a COSE_Sign1 signature over the claim with the signer's certificate in its protected header.
/// </summary>
internal sealed class ManifestWriter
{
    private readonly ProvenanceRecord _record;
    private readonly SigningCredential _credential;
    private readonly string _label = $"urn:c2pa:{Guid.NewGuid()}";
    private readonly string _instance = $"xmp:iid:{Guid.NewGuid()}";

    public ManifestWriter(ProvenanceRecord record, SigningCredential credential)
    {
        _record = record;
        _credential = credential;
    }

    /// <summary>The manifest store binding the file whose bytes outside <paramref name="exclusion"/> hash to <paramref name="fileHash"/>.</summary>
    public byte[] Write(HashExclusion exclusion, byte[] fileHash)
    {
        byte[][] assertions = [Assertion(C2paLabels.Actions, Actions()), Assertion(C2paLabels.NarratorVoice, Voice()), Assertion(C2paLabels.DataHash, DataHash(exclusion, fileHash))];
        var claim = Claim(assertions);
        var signature = Sign(claim);
        var manifest = JumbfBox.Write(
            C2paLabels.ManifestType,
            _label,
            JumbfBox.Write(C2paLabels.AssertionStoreType, C2paLabels.AssertionStore, assertions),
            JumbfBox.Write(C2paLabels.ClaimType, C2paLabels.Claim, JumbfBox.Box("cbor", claim)),
            JumbfBox.Write(C2paLabels.SignatureType, C2paLabels.Signature, JumbfBox.Box("cbor", signature)));
        return JumbfBox.Write(C2paLabels.ManifestStoreType, C2paLabels.ManifestStore, manifest);
    }

    private static byte[] Assertion(string label, byte[] cbor) => JumbfBox.Write(C2paLabels.CborAssertionType, label, JumbfBox.Box("cbor", cbor));

    private byte[] Actions()
    {
        var writer = new CborWriter();
        writer.WriteStartMap(1);
        writer.WriteTextString("actions");
        writer.WriteStartArray(1);
        writer.WriteStartMap(5);
        writer.WriteTextString("action");
        writer.WriteTextString(C2paLabels.Created);
        writer.WriteTextString("when");
        writer.WriteTextString(_record.Created.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        writer.WriteTextString("softwareAgent");
        WriteGenerator(writer);
        writer.WriteTextString("digitalSourceType");
        writer.WriteTextString(_record.DigitalSourceType);
        writer.WriteTextString("description");
        writer.WriteTextString($"Synthetic speech in the voice {_record.Voice}.");
        writer.WriteEndMap();
        writer.WriteEndArray();
        writer.WriteEndMap();
        return writer.Encode();
    }

    private byte[] Voice()
    {
        var fields = new List<(string Key, string? Value)>
        {
            ("voice", _record.Voice),
            ("voiceFingerprint", _record.VoiceFingerprint),
            ("consentRecordId", _record.ConsentRecordId),
            ("consentRecordSha256", _record.ConsentRecordSha256),
            ("watermarkPayload", _record.WatermarkPayload),
            ("watermarkKey", _record.WatermarkKey),
            ("title", _record.Title),
        };
        var writer = new CborWriter();
        var voices = _record.Voices;
        writer.WriteStartMap(fields.Count + (voices is null ? 0 : 1));
        WriteFields(writer, fields);
        if (voices is not null)
        {
            writer.WriteTextString("voices");
            writer.WriteStartArray(voices.Count);
            foreach (var voice in voices)
            {
                writer.WriteStartMap(6);
                WriteFields(writer, [
                    ("voice", voice.Voice),
                    ("voiceFingerprint", voice.VoiceFingerprint),
                    ("consentRecordId", voice.ConsentRecordId),
                    ("consentRecordSha256", voice.ConsentRecordSha256),
                    ("watermarkPayload", voice.WatermarkPayload),
                ]);
                writer.WriteTextString("roles");
                writer.WriteStartArray(voice.Roles.Count);
                foreach (var role in voice.Roles)
                {
                    writer.WriteTextString(role);
                }

                writer.WriteEndArray();
                writer.WriteEndMap();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndMap();
        return writer.Encode();
    }

    private static void WriteFields(CborWriter writer, IEnumerable<(string Key, string? Value)> fields)
    {
        foreach (var (key, value) in fields)
        {
            writer.WriteTextString(key);
            if (value is null)
            {
                writer.WriteNull();
            }
            else
            {
                writer.WriteTextString(value);
            }
        }
    }

    private static byte[] DataHash(HashExclusion exclusion, byte[] fileHash)
    {
        var writer = new CborWriter();
        writer.WriteStartMap(5);
        writer.WriteTextString("exclusions");
        writer.WriteStartArray(1);
        writer.WriteStartMap(2);
        writer.WriteTextString("start");
        writer.WriteInt64(exclusion.Start);
        writer.WriteTextString("length");
        writer.WriteInt64(exclusion.Length);
        writer.WriteEndMap();
        writer.WriteEndArray();
        writer.WriteTextString("name");
        writer.WriteTextString("jumbf manifest");
        writer.WriteTextString("alg");
        writer.WriteTextString(C2paLabels.HashAlgorithm);
        writer.WriteTextString("hash");
        writer.WriteByteString(fileHash);
        writer.WriteTextString("pad");
        writer.WriteByteString([]);
        writer.WriteEndMap();
        return writer.Encode();
    }

    private byte[] Claim(byte[][] assertions)
    {
        var writer = new CborWriter();
        var title = _record.Title;
        writer.WriteStartMap(title is null ? 5 : 6);
        writer.WriteTextString("instanceID");
        writer.WriteTextString(_instance);
        writer.WriteTextString("claim_generator_info");
        WriteGenerator(writer);
        writer.WriteTextString("signature");
        writer.WriteTextString(C2paLabels.SignatureUrl(_label));
        writer.WriteTextString("created_assertions");
        writer.WriteStartArray(assertions.Length);
        foreach (var assertion in assertions)
        {
            var box = JumbfBox.Read(assertion);
            writer.WriteStartMap(2);
            writer.WriteTextString("url");
            writer.WriteTextString(C2paLabels.AssertionUrl(box.Label));
            writer.WriteTextString("hash");
            writer.WriteByteString(SHA256.HashData(box.Payload));
            writer.WriteEndMap();
        }

        writer.WriteEndArray();
        writer.WriteTextString("alg");
        writer.WriteTextString(C2paLabels.HashAlgorithm);
        if (title is not null)
        {
            writer.WriteTextString("dc:title");
            writer.WriteTextString(title);
        }

        writer.WriteEndMap();
        return writer.Encode();
    }

    private void WriteGenerator(CborWriter writer)
    {
        writer.WriteStartMap(2);
        writer.WriteTextString("name");
        writer.WriteTextString(_record.Generator);
        writer.WriteTextString("version");
        writer.WriteTextString(_record.NarratorVersion);
        writer.WriteEndMap();
    }

    /// <summary>COSE_Sign1 (tagged) over the claim, detached: the claim is the payload, carried in its own box.</summary>
    private byte[] Sign(byte[] claim)
    {
        var headers = new CoseHeaderMap
        {
            // x5chain (RFC 9360): the signer's certificate, which C2PA wants in the protected header.
            [new CoseHeaderLabel(33)] = X5Chain(),
        };
        var signer = _credential.Key switch
        {
            ECDsa ecdsa => new CoseSigner(ecdsa, HashFor(ecdsa.KeySize), headers),
            RSA rsa => new CoseSigner(rsa, RSASignaturePadding.Pss, HashAlgorithmName.SHA256, headers),
            _ => throw new InvalidOperationException($"Cannot sign with a {_credential.Key.GetType().Name} key."),
        };
        return CoseSign1Message.SignDetached(claim, signer);
    }

    /// <summary>One certificate as a byte string, several as an array of them.</summary>
    private CoseHeaderValue X5Chain()
    {
        if (_credential.Chain.Count == 1)
        {
            return CoseHeaderValue.FromBytes(_credential.Certificate.RawData);
        }

        var writer = new CborWriter();
        writer.WriteStartArray(_credential.Chain.Count);
        foreach (var certificate in _credential.Chain)
        {
            writer.WriteByteString(certificate.RawData);
        }

        writer.WriteEndArray();
        return CoseHeaderValue.FromEncodedValue(writer.Encode());
    }

    private static HashAlgorithmName HashFor(int keySize) => keySize switch
    {
        <= 256 => HashAlgorithmName.SHA256,
        <= 384 => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };
}
