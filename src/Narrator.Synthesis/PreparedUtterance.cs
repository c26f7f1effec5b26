using Narrator.Phonemes;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>An utterance after the text frontend: its source, its spoken form and its phonemes.</summary>
public sealed record PreparedUtterance(Utterance Source, NormalizedText Normalized, PhonemeString Phonemes);
