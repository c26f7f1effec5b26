namespace Narrator.Text;

/// <summary>
/// A candidate sentence end: the sentence began at <paramref name="SentenceStart"/>, the terminal
/// marks span [<paramref name="Start"/>, <paramref name="End"/>), and the next sentence would begin at
/// <paramref name="Next"/>.
/// </summary>
internal readonly record struct TerminalRun(int SentenceStart, int Start, int End, int Next);
