namespace Narrator.Books;

/// <summary>
/// "These characters of the block are read by this voice", as the manuscript directs inline: Markdown
/// <c>[text]{voice=slt}</c> or a paragraph ending in <c>{voice=slt}</c>, HTML/EPUB <c>data-voice="slt"</c>.
/// <see cref="Start"/> and <see cref="Length"/> index the block's text; <see cref="Voice"/> is the name as written
/// (a character of the cast or a voice reference).
/// </summary>
public sealed record VoiceDirection(int Start, int Length, string Voice);
