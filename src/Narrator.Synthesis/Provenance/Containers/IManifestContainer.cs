namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>Where a file format keeps its C2PA manifest store, and how one is put in.</summary>
internal interface IManifestContainer
{
    /// <summary>The format's name in messages ("WAV", "MP3"…).</summary>
    string Name { get; }

    /// <summary>The file rewritten with a manifest store of <paramref name="manifestLength"/> bytes (replacing any it has).</summary>
    /// <exception cref="FormatException">The file is not well formed; the message says where.</exception>
    ContainerLayout Layout(Stream file, int manifestLength);

    /// <summary>The manifest store in the file, or null when it has none.</summary>
    /// <exception cref="FormatException">The file is not well formed; the message says where.</exception>
    EmbeddedStore? Find(Stream file);
}
