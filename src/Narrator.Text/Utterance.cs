using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// A stretch of source text that is synthesized in one model call: a sentence, or a clause of
/// a sentence too long for one call. <see cref="Text"/> is the source text of <see cref="Range"/>.
/// </summary>
public sealed record Utterance(string Text, SourceRange Range, UtteranceBoundary Boundary);
