using Narrator.Core;

namespace Narrator.Text.Normalization;

/// <summary>What a rule read: how many tokens it consumed and the spoken pieces it made of them.</summary>
internal sealed record RuleMatch(int Count, IReadOnlyList<SpokenPiece> Pieces)
{
    public static RuleMatch Words(int count, string words) => new(count, [new SpokenPiece(words, SpokenTokenKind.Word)]);

    public static RuleMatch Nothing(int count) => new(count, []);
}

/// <summary>Spoken text (one or more words separated by spaces, or one punctuation mark).</summary>
internal sealed record SpokenPiece(string Text, SpokenTokenKind Kind, SourceRange? Source = null);
