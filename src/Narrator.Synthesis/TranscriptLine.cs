using Narrator.Phonemes;

namespace Narrator.Synthesis;

/// <summary>A transcript line after the frontend: its spoken form, its phonemes and the model's input ids.</summary>
public sealed record TranscriptLine(string Spoken, PhonemeString Phonemes, long[] Ids);
