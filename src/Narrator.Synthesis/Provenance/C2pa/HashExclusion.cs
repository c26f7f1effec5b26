namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>Where the manifest sits in its file: the byte range the hard binding (<c>c2pa.hash.data</c>) leaves out of the file's hash.</summary>
/// <param name="Start">The offset of the excluded range (the manifest with its container wrapper: RIFF chunk, ID3 frame, BMFF box).</param>
/// <param name="Length">Its length in bytes.</param>
internal readonly record struct HashExclusion(long Start, long Length);
