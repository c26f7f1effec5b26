namespace Narrator.Books.Epub;

/// <summary>A TOC entry where a section starts: a chapter, or a part over chapters; <see cref="Level"/> counts from 1 at the top.</summary>
internal readonly record struct ChapterStart(TocEntry Entry, bool IsPart, int Level);
