namespace Narrator.Books;

/// <summary>A cover image as stored in the book, e.g. "image/jpeg".</summary>
public sealed record BookCover(ReadOnlyMemory<byte> Data, string MediaType);
