namespace Narrator.Books.Dialogue;

/// <summary>A chapter's blocks, in order, each cut into narration and attributed dialogue.</summary>
public sealed record ChapterSpeech(Chapter Chapter, IReadOnlyList<SpokenBlock> Blocks);
