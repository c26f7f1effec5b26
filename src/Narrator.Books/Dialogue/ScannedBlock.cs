namespace Narrator.Books.Dialogue;

/// <summary>
/// A block cut into spans, with the speaker each dialogue span's own attribution names (null where none does,
/// and for narration).
/// </summary>
internal sealed record ScannedBlock(Block Block, IReadOnlyList<RawSpan> Spans, IReadOnlyList<SpeakerMention?> Mentions, bool ContinuesQuote)
{
    public bool HasDialogue => Spans.Any(s => s.Kind == SpeechKind.Dialogue);

    /// <summary>Dialogue with nothing but marks and spaces around it: the paragraphs in which speakers alternate.</summary>
    public bool IsDialogueOnly => HasDialogue && Spans.Where(s => s.Kind == SpeechKind.Narration).All(s => !Block.Text[s.Start..s.End].Any(char.IsLetterOrDigit));

    public string TextOf(RawSpan span) => Block.Text[span.Start..span.End];
}
