namespace Narrator.Audio;

/// <summary>
/// Decodes the recording at <paramref name="path"/> into <paramref name="sink"/> (see
/// <see cref="AudioDecoder.Stream"/>); throws <see cref="AudioException"/> naming the file when it
/// cannot be read. Tests and callers holding samples in memory use <see cref="AudioSinks.FromMemory"/>.
/// </summary>
public delegate void AudioReader(string path, IAudioSink sink);
