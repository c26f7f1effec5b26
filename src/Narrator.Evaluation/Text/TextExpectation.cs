namespace Narrator.Evaluation;

/// <summary>What one item of a <see cref="TextTestList"/> expects: any one of <see cref="Readings"/>.</summary>
public abstract record TextExpectation(IReadOnlyList<string> Readings);

/// <summary>The words the whole sentence is read as (compared as <see cref="SpokenWords"/> does).</summary>
public sealed record SpokenExpectation(IReadOnlyList<string> Readings) : TextExpectation(Readings);

/// <summary>
/// The phones of one word of the sentence: the <paramref name="Occurrence"/>-th (from 1) whole-word,
/// case-insensitive match of <paramref name="Target"/>; each reading is ARPAbet with " | " between words.
/// </summary>
public sealed record PronunciationExpectation(string Target, int Occurrence, IReadOnlyList<string> Readings) : TextExpectation(Readings);
