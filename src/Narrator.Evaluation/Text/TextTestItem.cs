namespace Narrator.Evaluation;

/// <summary>One sentence of a <see cref="TextTestList"/>, with the line it was read from.</summary>
public sealed record TextTestItem(string Category, string Sentence, TextExpectation Expected, int Line);
