namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>
/// How a file is rewritten with a manifest store of a given length: the parts before it, the
/// container's wrapper around it (RIFF chunk header, ID3 frame header, BMFF box header, padding),
/// and the parts after it. The wrapper and the manifest are the range the hard binding excludes.
/// </summary>
internal sealed record ContainerLayout(IReadOnlyList<FilePart> Before, byte[] WrapperHead, byte[] WrapperTail, IReadOnlyList<FilePart> After)
{
    public long ExclusionStart => Before.Sum(p => p.Length);

    public long ExclusionLength(int manifestLength) => WrapperHead.Length + manifestLength + WrapperTail.Length;
}
