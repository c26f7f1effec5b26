using Narrator.Audio;
using System.CommandLine;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Phonemes;
using Narrator.Rendering.Encoding;
using Narrator.Synthesis;
using Narrator.Voices.Embeddings;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary>
/// <c>narrator evaluate voice</c>: how intelligible and how like their speakers a bundle's voices
/// are. Each stock speaker reads its held-out ARCTIC prompts; pocketsphinx transcribes the synthesis
/// and the speaker's own recordings of the same prompts (word error rates side by side), and the
/// bundle's encoder compares all of a speaker's synthesis (one embedding) with the natural recordings
/// of that speaker and of the others. Cloning: each held-out LibriSpeech reader with a clip of 10 s or more is cloned from the
/// clip's first half and compared with its second half and with the other readers' second halves.
/// </summary>
internal static class VoiceEvaluation
{
    private const double MinimumClipSeconds = 10;

    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): splits/heldout.txt, cmu_arctic/<speaker>, kathleen/kathleen, librispeech_train-clean-100 and splits/encoder-heldout.txt.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle to measure. [default: the default stock voice]", HelpName = "bundle" };
        var sentences = new Option<int>("--sentences") { Description = "Held-out prompts per stock speaker (at most those in the split).", DefaultValueFactory = _ => 49, HelpName = "count" };
        var cloneSentences = new Option<int>("--clone-sentences") { Description = "Prompts each cloned reader speaks (0 skips cloning).", DefaultValueFactory = _ => 3, HelpName = "count" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("voice", "Intelligibility (pocketsphinx word error rate, synthesized vs natural) and speaker similarity of a bundle's stock speakers and of clones of unseen readers.");
        foreach (var option in new Option[] { data, voice, sentences, cloneSentences, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var folder = parsed.GetValue(data)!;
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var recognizer = new PocketSphinxRecognizer();
            var held = HeldOutSentence.Read(folder);
            var speakers = bundle.Manifest.Speakers.Select(s => s.Name).Where(s => held.Any(h => h.Speaker == s)).ToList();
            if (speakers.Count == 0)
            {
                throw new NarratorException($"{bundle.Folder}: none of its speakers ({string.Join(", ", bundle.Manifest.Speakers.Select(s => s.Name))}) has held-out sentences in {folder}/splits/heldout.txt.");
            }

            var run = new Run(bundle, recognizer, console.Error);
            var results = new VoiceEvaluationResults(bundle.Manifest.Name);
            foreach (var speaker in speakers)
            {
                var items = held.Where(h => h.Speaker == speaker).Take(parsed.GetValue(sentences)).ToList();
                results.Speakers.Add(await run.StockSpeakerAsync(speaker, items, held, cancellationToken).ConfigureAwait(false));
            }

            if (parsed.GetValue(cloneSentences) > 0)
            {
                var prompts = held.Where(h => h.Speaker == speakers[0]).Take(parsed.GetValue(cloneSentences)).Select(h => h.Text).ToList();
                results.Cloning = await run.CloningAsync(folder, prompts, cancellationToken).ConfigureAwait(false);
            }

            await VoiceEvaluationReport.WriteAsync(console, results, parsed.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed class Run(NarratorBundle bundle, PocketSphinxRecognizer recognizer, TextWriter progress)
    {
        private readonly EmbeddingExtractor _encoder = new(bundle, AudioDecoder.Read);
        private readonly Dictionary<string, SpeakerEmbedding> _natural = [];

        public async Task<SpeakerFigures> StockSpeakerAsync(string speaker, List<HeldOutSentence> items, IReadOnlyList<HeldOutSentence> all, CancellationToken cancellationToken)
        {
            using var synthesizer = Synthesizer.Create(VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, bundle.Folder, bundle.Manifest.Name), ExecutionOptions.Default, speaker));
            var synthesized = WordErrors.None;
            var natural = WordErrors.None;
            var spoken = new List<float>();
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var audio = await synthesizer.SynthesizeAllAsync(item.Text, cancellationToken).ConfigureAwait(false);
                synthesized += WordErrors.Measure(item.Text, Transcribe(audio, synthesizer.SampleRate, item.Id));
                var (recording, rate) = AudioDecoder.Read(item.Recording);
                natural += WordErrors.Measure(item.Text, Transcribe(recording, rate, item.Recording));
                spoken.AddRange(audio);
            }

            var embedding = _encoder.Embed($"{speaker}'s synthesis", [.. spoken], synthesizer.SampleRate);
            var others = all.Select(h => h.Speaker).Distinct().Where(w => w != speaker).Select(w => embedding.Similarity(Natural(w, all))).ToList();

            await progress.WriteLineAsync($"{speaker}: {items.Count} sentences, word error rate {synthesized.Rate:P1} synthesized, {natural.Rate:P1} natural.").ConfigureAwait(false);
            return new SpeakerFigures(speaker, items.Count, synthesized, natural, embedding.Similarity(Natural(speaker, all)), others.Count == 0 ? double.NaN : others.Average());
        }

        public async Task<CloneFigures> CloningAsync(string folder, List<string> prompts, CancellationToken cancellationToken)
        {
            var readers = new List<(string Reader, SpeakerEmbedding Reference, SpeakerEmbedding Target, float[] Clip, int Rate)>();
            var refused = 0;
            var gate = VoiceGate.Create(new VoiceGateOptions { Recognizer = null });
            foreach (var reader in EvaluateCommand.HeldOutReaders(folder))
            {
                var clip = Directory.EnumerateFiles(Path.Combine(folder, "librispeech_train-clean-100", reader), "*.flac", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(AudioDecoderWithPath)
                    .FirstOrDefault(c => c.Samples.Length >= MinimumClipSeconds * c.Rate);
                if (clip.Path is null)
                {
                    continue;
                }

                var half = clip.Samples.Length / 2;
                readers.Add((reader, _encoder.Embed($"{clip.Path} (first half)", clip.Samples[..half], clip.Rate), _encoder.Embed($"{clip.Path} (second half)", clip.Samples[half..], clip.Rate), clip.Samples, clip.Rate));
            }

            var errors = WordErrors.None;
            var own = new List<double>();
            var other = new List<double>();
            var temporary = Directory.CreateTempSubdirectory("narrator-clone-eval-").FullName;
            try
            {
                foreach (var (reader, reference, _, _, _) in readers)
                {
                    // The clone passes the consent gate like any other: the reader's second half stands
                    // as the consent recording (their words are not a consent statement, so only the
                    // speaker is compared); a reader whose halves do not match is refused and counted.
                    var file = Path.Combine(temporary, reader + ".json");
                    await reference.SaveAsync(file, [reader]).ConfigureAwait(false);
                    var consent = Path.Combine(temporary, reader + "-consent.wav");
                    var clip = readers.First(r => r.Reader == reader);
                    await WavFile.WriteAsync(consent, clip.Clip[(clip.Clip.Length / 2)..], clip.Rate).ConfigureAwait(false);
                    IVoice voice;
                    try
                    {
                        voice = gate.Open(new VoiceRequest { Voice = bundle.Folder, EmbeddingFile = file, ConsentRecording = consent, ConsentStatement = "(dataset reader)", UnverifiedStatement = true, Use = VoiceGate.PreviewUse });
                    }
                    catch (ConsentRefusedException e)
                    {
                        refused++;
                        await progress.WriteLineAsync($"cloning: {reader} refused by the consent gate ({e.Message}).").ConfigureAwait(false);
                        continue;
                    }

                    using var synthesizer = Synthesizer.Create(voice);
                    var spoken = new List<float>();
                    foreach (var prompt in prompts)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var audio = await synthesizer.SynthesizeAllAsync(prompt, cancellationToken).ConfigureAwait(false);
                        errors += WordErrors.Measure(prompt, Transcribe(audio, synthesizer.SampleRate, $"clone of {reader}"));
                        spoken.AddRange(audio);
                    }

                    var embedding = _encoder.Embed($"clone of {reader}", [.. spoken], synthesizer.SampleRate);
                    foreach (var target in readers)
                    {
                        (target.Reader == reader ? own : other).Add(embedding.Similarity(target.Target));
                    }
                }
            }
            finally
            {
                Directory.Delete(temporary, recursive: true);
            }

            await progress.WriteLineAsync($"cloning: {readers.Count - refused} readers ({refused} refused by the consent gate) x {prompts.Count} sentences, word error rate {errors.Rate:P1}.").ConfigureAwait(false);
            return new CloneFigures(readers.Count - refused, refused, prompts.Count, errors, own.Count == 0 ? double.NaN : own.Average(), other.Count == 0 ? double.NaN : other.Average());
        }

        private static (string? Path, float[] Samples, int Rate) AudioDecoderWithPath(string path)
        {
            var (samples, rate) = AudioDecoder.Read(path);
            return (path, samples, rate);
        }

        // The speaker's natural voice: the mean embedding of all its held-out recordings.
        private SpeakerEmbedding Natural(string speaker, IReadOnlyList<HeldOutSentence> all)
        {
            if (!_natural.TryGetValue(speaker, out var embedding))
            {
                embedding = _encoder.Embed(all.Where(h => h.Speaker == speaker).Select(h => h.Recording).ToList());
                _natural[speaker] = embedding;
            }

            return embedding;
        }

        private string Transcribe(float[] samples, int rate, string what) =>
            recognizer.Transcribe(samples, rate, out var unavailable)
            ?? throw new NarratorException($"{what}: cannot measure the word error rate: {unavailable}.");
    }
}
