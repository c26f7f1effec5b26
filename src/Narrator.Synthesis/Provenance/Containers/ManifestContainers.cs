namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>Picks the container of a file from its first bytes.</summary>
internal static class ManifestContainers
{
    /// <exception cref="FormatException">The file is none of WAV, MP3, FLAC, MP4/M4A/M4B.</exception>
    public static IManifestContainer For(Stream file)
    {
        var head = StreamBytes.Read(file, 0, (int)Math.Min(file.Length, 16));
        if (RiffContainer.Recognizes(head))
        {
            return new RiffContainer();
        }

        if (BmffContainer.Recognizes(head))
        {
            return new BmffContainer();
        }

        return Id3Container.Recognize(file) is { } name
            ? new Id3Container(name)
            : throw new FormatException("it is not a WAV, FLAC, MP3 or MP4/M4A/M4B file");
    }
}
