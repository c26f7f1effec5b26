using System.Globalization;
using Narrator.Audio;
using Narrator.Synthesis;
using Narrator.Core;
using Narrator.Text;

namespace Narrator.Voices;

/// <summary>
/// Checks one script take: the reference checks (format, clipping, speech share, SNR), then length, level,
/// pauses, speaking rate and, last, the words a recognizer hears against the prompt (<see cref="Thresholds"/>).
/// </summary>
public static class TakeQa
{
    /// <summary>Checks <paramref name="take"/>, decoded with <paramref name="read"/>; <paramref name="recognizer"/> hears it against its prompt (the word check is skipped when null).</summary>
    public static QaReport Check(ScriptTake take, AudioReader read, IStatementRecognizer? recognizer)
    {
        ArgumentNullException.ThrowIfNull(take);
        ArgumentNullException.ThrowIfNull(read);
        var name = Path.GetFileName(take.Path);
        float[] samples;
        int rate;
        try
        {
            (samples, rate) = AudioSinks.ReadWhole(read, take.Path);
        }
        catch (NarratorException e)
        {
            return new QaReport { File = name, Rejection = $"unsupported or corrupt audio file ({e.Message})" };
        }

        var report = ReferenceQa.Analyze(name, samples, rate);
        if (samples.Length == 0 || rate <= 0)
        {
            return report;
        }

        var timing = SpeechTiming.Measure(samples, rate);
        var words = ConsentStatement.Words(EnglishNormalizer.Create().Normalize(take.Prompt.Text).ToString()).Count();
        report = report with
        {
            LevelDb = timing.LevelDb,
            LongestPauseSeconds = timing.LongestPauseSeconds,
            WordsPerMinute = timing.SpanSeconds > 0 ? words * 60 / timing.SpanSeconds : 0,
        };
        var problem = Problem(report) ?? report.Rejection;
        if (problem is not null)
        {
            return report with { Rejection = problem };
        }

        if (recognizer is null)
        {
            return report with { Rejection = "words not checked: no speech recognizer configured" };
        }

        var heard = recognizer.Transcribe(samples, rate, out var unavailable);
        if (heard is null)
        {
            return report with { Rejection = $"words not checked: {unavailable}" };
        }

        var wer = WordErrors.Measure(take.Prompt.Text, heard).Rate;
        report = report with { Heard = heard, WordErrorRate = wer };
        return wer <= Thresholds.MaximumTakeWordErrorRate ? report : report with
        {
            Rejection = string.Create(CultureInfo.InvariantCulture,
                $"the words do not match the prompt \"{take.Prompt.Text}\": word error rate {wer:P0} (at most {Thresholds.MaximumTakeWordErrorRate:P0}); record it again, or give the text read in {RecordingFolder.TranscriptFileName}"),
        };
    }

    private static string? Problem(QaReport r) => r switch
    {
        { Seconds: < Thresholds.MinimumTakeSeconds } => string.Create(CultureInfo.InvariantCulture, $"too short: {r.Seconds:0.00} s (a take is at least {Thresholds.MinimumTakeSeconds:0.0} s)"),
        { LevelDb: < Thresholds.SilentTakeLevelDb } => string.Create(CultureInfo.InvariantCulture, $"silent: speech level {r.LevelDb:0.0} dBFS"),
        { LevelDb: < Thresholds.MinimumTakeLevelDb } => string.Create(CultureInfo.InvariantCulture, $"too quiet: speech level {r.LevelDb:0.0} dBFS (at least {Thresholds.MinimumTakeLevelDb:0} dBFS); record closer to the microphone or with more gain"),
        { Rejection: not null } => null,
        { LongestPauseSeconds: > Thresholds.MaximumTakePauseSeconds } => string.Create(CultureInfo.InvariantCulture, $"a pause of {r.LongestPauseSeconds:0.0} s inside the take (at most {Thresholds.MaximumTakePauseSeconds:0.0} s); read the prompt in one go"),
        { WordsPerMinute: < Thresholds.MinimumWordsPerMinute } => string.Create(CultureInfo.InvariantCulture, $"too slow: {r.WordsPerMinute:0} words/min (at least {Thresholds.MinimumWordsPerMinute:0}); read at your narrating pace"),
        { WordsPerMinute: > Thresholds.MaximumWordsPerMinute } => string.Create(CultureInfo.InvariantCulture, $"too fast for the prompt: {r.WordsPerMinute:0} words/min (at most {Thresholds.MaximumWordsPerMinute:0}); is it a take of this prompt?"),
        _ => null,
    };
}
