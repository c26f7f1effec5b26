using Narrator.Rendering.Planning;
using Narrator.Rendering.State;

namespace Narrator.Rendering.Timing;

/// <summary>A rendered chapter with its timings, checked against its files.</summary>
internal sealed record TimedChapter(PlannedChapter Chapter, ChapterState State, ChapterTimings Timings);
