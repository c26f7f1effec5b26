using System.Security.Cryptography;
using Narrator.Core;
using Narrator.Core.IO;
using Narrator.Synthesis.Provenance.C2pa;
using Narrator.Synthesis.Provenance.Containers;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Provenance;

/// <summary>
/// Signed provenance inside the audio files: a C2PA manifest store embedded in WAV (RIFF chunk),
/// MP3 and FLAC (ID3 GEOB frame) and MP4/M4B (<c>uuid</c> box), bound to the file's bytes by a
/// <c>c2pa.hash.data</c> hash and signed with the publisher's key or a development key.
/// </summary>
public static class EmbeddedProvenance
{
    /// <summary>Embeds a manifest stating <paramref name="record"/> into <paramref name="file"/>, replacing any it has; the file is rewritten under a temporary name and renamed over itself.</summary>
    /// <exception cref="NarratorException">The file is missing, not a supported format or cannot be written; the message names it.</exception>
    public static void Sign(string file, ProvenanceRecord record, SigningCredential credential)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(credential);
        using var pending = PendingFile.Create(file);
        try
        {
            using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                var container = ManifestContainers.For(source);
                var writer = new ManifestWriter(record, credential);
                var (layout, exclusion) = Fit(source, container, writer);
                var manifest = writer.Write(exclusion, HashParts(source, [.. layout.Before, .. layout.After]));
                if (layout.ExclusionLength(manifest.Length) != exclusion.Length)
                {
                    throw new NarratorException($"{file}: the signed manifest came out {manifest.Length} bytes long, not the length its hard binding was computed for.", ErrorKind.Internal);
                }

                using var output = new FileStream(pending.TemporaryPath, FileMode.Truncate, FileAccess.Write, FileShare.None, 1 << 16);
                CopyParts(source, layout.Before, output);
                output.Write(layout.WrapperHead);
                output.Write(manifest);
                output.Write(layout.WrapperTail);
                CopyParts(source, layout.After, output);
            }

            pending.Commit();
        }
        catch (FormatException e)
        {
            throw new NarratorException($"{file}: cannot embed a C2PA manifest: {e.Message}.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NarratorException($"{file}: cannot embed a C2PA manifest: {e.Message}", e);
        }
    }

    /// <summary>Reads and checks the manifest embedded in <paramref name="file"/>: its signature, the hashes of its assertions, and the hash of the file's bytes.</summary>
    /// <exception cref="NarratorException">The file is missing, unreadable or not a supported format; the message names it.</exception>
    public static ProvenanceVerification Verify(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        try
        {
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var container = ManifestContainers.For(source);
            var store = container.Find(source);
            return store is null
                ? new ProvenanceVerification { File = file, Container = container.Name, Status = ProvenanceStatus.Missing }
                : ManifestVerifier.Verify(file, container.Name, store, exclusions => HashParts(source, Outside(exclusions, source.Length)));
        }
        catch (FormatException e)
        {
            throw new NarratorException($"{file}: cannot read its C2PA manifest: {e.Message}.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NarratorException($"{file}: cannot read it: {e.Message}", e);
        }
    }

    /// <summary>The layout and exclusion for the manifest's final length: the length depends on the exclusion's numbers, so it is found by a few rounds.</summary>
    private static (ContainerLayout Layout, HashExclusion Exclusion) Fit(Stream source, IManifestContainer container, ManifestWriter writer)
    {
        var placeholder = new byte[SHA256.HashSizeInBytes];
        var length = 0;
        for (var round = 0; round < 8; round++)
        {
            var layout = container.Layout(source, length);
            var exclusion = new HashExclusion(layout.ExclusionStart, layout.ExclusionLength(length));
            var actual = writer.Write(exclusion, placeholder).Length;
            if (actual == length)
            {
                return (layout, exclusion);
            }

            length = actual;
        }

        throw new NarratorException("The manifest's length did not settle.", ErrorKind.Internal);
    }

    /// <summary>The ranges of a file of <paramref name="length"/> bytes outside <paramref name="exclusions"/> (sorted, in bounds: checked by the verifier).</summary>
    private static List<FilePart> Outside(IReadOnlyList<HashExclusion> exclusions, long length)
    {
        var parts = new List<FilePart>();
        var position = 0L;
        foreach (var exclusion in exclusions.OrderBy(e => e.Start))
        {
            if (exclusion.Start > position)
            {
                parts.Add(FilePart.Range(position, exclusion.Start - position));
            }

            position = Math.Max(position, exclusion.Start + exclusion.Length);
        }

        if (position < length)
        {
            parts.Add(FilePart.Range(position, length - position));
        }

        return parts;
    }

    private static byte[] HashParts(Stream source, IEnumerable<FilePart> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Visit(source, parts, chunk => hash.AppendData(chunk));
        return hash.GetHashAndReset();
    }

    private static void CopyParts(Stream source, IEnumerable<FilePart> parts, Stream output) => Visit(source, parts, output.Write);

    private static void Visit(Stream source, IEnumerable<FilePart> parts, SpanAction action)
    {
        var buffer = new byte[1 << 16];
        foreach (var part in parts)
        {
            if (part.Bytes is { } bytes)
            {
                action(bytes);
                continue;
            }

            source.Position = part.Offset;
            for (var left = part.Length; left > 0;)
            {
                var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    throw new FormatException($"the file ends at byte {source.Position}, inside a range that should be {part.Length} bytes long");
                }

                action(buffer.AsSpan(0, read));
                left -= read;
            }
        }
    }

    private delegate void SpanAction(ReadOnlySpan<byte> bytes);
}
