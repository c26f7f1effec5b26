using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// One unit of spoken output: a word (or several words, for "nineteen eighty-four") or a
/// punctuation mark kept for prosody, with the range of source text it was read from.
/// </summary>
public sealed record SpokenToken(string Text, SourceRange Source, SpokenTokenKind Kind);
