namespace Narrator.Rendering.Encoding;

/// <summary>
/// One file (or part) of a chapter as written: the FLAC master, the MP3 when asked for, the
/// duration of the decoded master, and the levels ffmpeg measured on each.
/// </summary>
public sealed record ChapterAudioFile(string LosslessPath, string? Mp3Path, TimeSpan Duration, LevelReport Levels, LevelReport? Mp3Levels);
