using System.Globalization;
using Narrator.Rendering.Proof;

namespace Narrator.Cli;

/// <summary>Proof-listening's findings as text: one line per suspect utterance, and a summary.</summary>
internal static class ProofLines
{
    public static string Summary(ProofReport proof, string page) => string.Create(
        CultureInfo.InvariantCulture,
        $"Proof-listening ({proof.Recognizer}): {proof.Utterances} utterance(s) heard, {proof.ReadAgain} read again, {proof.Suspects.Count} still suspect ({proof.SuspectShare:P1}); page: {page}");

    /// <summary>Chapter, time range in its file, the text, what was heard and why it is suspect.</summary>
    public static string Suspect(ProofSuspect s) => string.Create(
        CultureInfo.InvariantCulture,
        $"chapter {s.Chapter} \"{s.ChapterTitle}\" {Time(s.Start)}–{Time(s.End)} in {s.Audio}: \"{s.Text}\" | heard \"{s.Heard}\" | {s.Problem} (WER {s.WordErrorRate:P0}, read {s.Readings}×)");

    private static string Time(double seconds) => TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss\.f" : @"m\:ss\.f", CultureInfo.InvariantCulture);
}
