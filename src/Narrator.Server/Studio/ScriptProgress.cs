using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// How far a voice actor has got through their script: prompts with a take, prompts with a good take, and the
/// prompt to go on at when they come back (<see cref="Resume"/>): the first one not recorded yet, else the first
/// whose take must be recorded again, else (every take good) the first prompt. <see cref="Reason"/> says which.
/// </summary>
internal sealed record ScriptProgress(int Prompts, int Recorded, int Good, string? Resume, string Reason)
{
    public const string NotRecorded = "not-recorded";
    public const string RecordAgain = "record-again";
    public const string AllGood = "all-good";

    public static ScriptProgress Of(IReadOnlyList<string> prompts, IReadOnlyDictionary<string, QaReport> takes)
    {
        var recorded = prompts.Count(takes.ContainsKey);
        var good = prompts.Count(p => takes.TryGetValue(p, out var take) && take.Passed);
        return prompts.FirstOrDefault(p => !takes.ContainsKey(p)) is { } next ? new(prompts.Count, recorded, good, next, NotRecorded)
            : prompts.FirstOrDefault(p => !takes[p].Passed) is { } again ? new(prompts.Count, recorded, good, again, RecordAgain)
            : new(prompts.Count, recorded, good, prompts.FirstOrDefault(), AllGood);
    }
}
