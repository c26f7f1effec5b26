namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>A piece of a file being rewritten: a range of the source file, or new bytes.</summary>
internal sealed record FilePart(long Offset, long Length, byte[]? Bytes = null)
{
    public static FilePart Of(byte[] bytes) => new(0, bytes.Length, bytes);

    public static FilePart Range(long offset, long length) => new(offset, length);
}
