using System.Globalization;
using System.Text;
using Narrator.Evaluation;

namespace Narrator.Cli.Commands;

/// <summary>Prints <see cref="VoiceEvaluationResults"/> as a table or as JSON.</summary>
internal static class VoiceEvaluationReport
{
    public static async Task WriteAsync(CliConsole console, VoiceEvaluationResults results, bool json)
    {
        if (json)
        {
            var report = new
            {
                bundle = results.Bundle,
                speakers = results.Speakers.Select(s => new
                {
                    speaker = s.Speaker,
                    sentences = s.Sentences,
                    werSynthesized = s.Synthesized.Rate,
                    werNatural = s.Natural.Rate,
                    werRatio = Ratio(s),
                    cosineSameSpeaker = s.SameCosine,
                    cosineOtherSpeakers = s.OtherCosine,
                    naturalness = Naturalness(s.Naturalness),
                    peers = s.Peers.Select(p => new { peer = p.Peer, wer = p.Errors?.Rate, cosineSameSpeaker = p.Errors is null ? (double?)null : p.SameCosine, unavailable = p.Unavailable, naturalness = Naturalness(p.Naturalness) }),
                }),
                cloning = results.Cloning is { } cloned
                    ? new { readers = cloned.Readers, refusedByConsentGate = cloned.Refused, sentencesEach = cloned.SentencesEach, werSynthesized = cloned.Synthesized.Rate, cosineOwnReader = cloned.OwnCosine, cosineOtherReaders = cloned.OtherCosine }
                    : null,
            };
            await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Bundle {results.Bundle}; word error rates by pocketsphinx, cosines by the bundle's speaker encoder.");
        text.AppendLine(c, $"{"speaker",-10} {"sentences",9} {"WER synth",9} {"WER natural",11} {"ratio",5} {"cos same",8} {"cos others",10}");
        foreach (var s in results.Speakers)
        {
            text.AppendLine(c, $"{s.Speaker,-10} {s.Sentences,9} {s.Synthesized.Rate,9:P1} {s.Natural.Rate,11:P1} {Ratio(s),5:0.00} {s.SameCosine,8:0.000} {s.OtherCosine,10:0.000}");
        }

        var peers = results.Speakers.SelectMany(s => s.Peers.Select(p => (s.Speaker, Peer: p))).ToList();
        if (peers.Count > 0)
        {
            text.AppendLine("Peers reading the same prompts (same recognizer and scoring; cosine to the speaker's natural recordings):");
            text.AppendLine(c, $"{"speaker",-10} {"peer",-16} {"WER",7} {"cos same",8}");
            foreach (var (speaker, peer) in peers)
            {
                text.AppendLine(peer.Errors is { } errors
                    ? string.Create(c, $"{speaker,-10} {peer.Peer,-16} {errors.Rate,7:P1} {peer.SameCosine,8:0.000}")
                    : string.Create(c, $"{speaker,-10} {peer.Peer,-16} {peer.Unavailable}"));
            }
        }

        AppendNaturalness(text, results);
        if (results.Cloning is { Readers: 0 })
        {
            text.Append("Cloning: no held-out reader (splits/encoder-heldout.txt) has a clip of 10 s or more.");
        }
        else if (results.Cloning is { } clone)
        {
            text.Append(c, $"Cloning {clone.Readers} unseen readers ({clone.Refused} refused by the consent gate; {clone.SentencesEach} sentences each): WER {clone.Synthesized.Rate:P1}; cosine to the reader's own held-back half {clone.OwnCosine:0.000}, to other readers {clone.OtherCosine:0.000}.");
        }

        await console.Out.WriteLineAsync(text.ToString().TrimEnd()).ConfigureAwait(false);
    }

    // The reference row (the natural recordings' own pitch), our synthesis, then each peer that read;
    // indented so that no row reads like one of the tables above.
    private static void AppendNaturalness(StringBuilder text, VoiceEvaluationResults results)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("Naturalness proxy (each reading aligned in time with the speaker's natural recording of the same prompt; means over the prompts):");
        text.AppendLine(c, $"  {"speaker",-10} {"reading",-16} {"F0 median Hz",12} {"F0 range st",11} {"F0 corr",7} {"MCD dB",6}");
        foreach (var s in results.Speakers)
        {
            var n = s.Naturalness;
            text.AppendLine(c, $"  {s.Speaker,-10} {"natural",-16} {n.NaturalMedianHz,12:0} {n.NaturalRangeSemitones,11:0.0}");
            var readings = s.Peers.Where(p => p.Naturalness is not null).Select(p => (p.Peer, p.Naturalness!)).Prepend(("synthesis", n));
            foreach (var (reading, figures) in readings)
            {
                text.AppendLine(c, $"  {s.Speaker,-10} {reading,-16} {figures.MedianHz,12:0} {figures.RangeSemitones,11:0.0} {figures.F0Correlation,7:0.00} {figures.MelCepstralDistortionDb,6:0.00}");
            }
        }
    }

    private static object? Naturalness(NaturalnessFigures? n) => n is null ? null : new
    {
        prompts = n.Prompts,
        f0MedianHz = n.MedianHz,
        f0RangeSemitones = n.RangeSemitones,
        naturalF0MedianHz = n.NaturalMedianHz,
        naturalF0RangeSemitones = n.NaturalRangeSemitones,
        f0Correlation = n.F0Correlation,
        melCepstralDistortionDb = n.MelCepstralDistortionDb,
    };

    private static double Ratio(SpeakerFigures s) => s.Natural.Rate > 0 ? s.Synthesized.Rate / s.Natural.Rate : double.NaN;
}
