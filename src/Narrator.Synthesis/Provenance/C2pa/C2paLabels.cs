namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>The JUMBF type UUIDs, labels and vocabulary of the C2PA specification (2.x) that Narrator writes and reads.</summary>
internal static class C2paLabels
{
    public const string ManifestStoreType = "6332706100110010800000AA00389B71"; // c2pa
    public const string ManifestType = "63326D6100110010800000AA00389B71"; // c2ma
    public const string AssertionStoreType = "6332617300110010800000AA00389B71"; // c2as
    public const string ClaimType = "6332636C00110010800000AA00389B71"; // c2cl
    public const string SignatureType = "6332637300110010800000AA00389B71"; // c2cs
    public const string CborAssertionType = "63626F7200110010800000AA00389B71"; // cbor

    public const string ManifestStore = "c2pa";
    public const string AssertionStore = "c2pa.assertions";
    public const string Claim = "c2pa.claim.v2";
    public const string Signature = "c2pa.signature";

    public const string Actions = "c2pa.actions.v2";
    public const string DataHash = "c2pa.hash.data";
    public const string NarratorVoice = "org.narrator.voice";

    public const string Created = "c2pa.created";
    public const string HashAlgorithm = "sha256";

    /// <summary>The C2PA manifest store's <c>uuid</c> box in ISO BMFF files (MP4, M4A, M4B).</summary>
    public static readonly Guid BmffUuid = new("d8fec3d6-1b0e-483c-9297-5828877ec481");

    public static string AssertionUrl(string label) => $"self#jumbf=c2pa.assertions/{label}";

    public static string SignatureUrl(string manifest) => $"self#jumbf=/c2pa/{manifest}/{Signature}";
}
