using System.CommandLine;
using Narrator.Cli.Progress;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Proof;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator narrate</c>: a manuscript to mastered chapter files and an M4B, resumable.</summary>
internal static class NarrateCommand
{
    public static Command Create(CliConsole console)
    {
        var book = new BookOptions();
        var voice = new VoiceOptions(defaultUse: "audiobook");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The render folder (render.json, report.json, chapters/, mp3/, the .m4b). [default: the book's file name without extension]",
            HelpName = "folder",
        };
        var chapters = new Option<string?>("--chapters") { Description = "Render only these chapters, e.g. 3-5 or 1,4,7-9.", HelpName = "list" };
        var lexicon = LexiconOption.Create();
        var anyLanguage = new Option<bool>("--any-language") { Description = "Narrate the book even when its declared language or its script is not the voice's (refused otherwise, as it would be read as noise)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Chapters rendered at once. Each model call already uses every core (--threads), and each chapter's encoding runs beside the next one's speech, so more than 1 pays only with cores to spare.", DefaultValueFactory = _ => 1, HelpName = "count" };
        var credits = new Option<bool>("--credits") { Description = "Add opening and closing credits as chapters of their own." };
        var narrator = new Option<string?>("--narrator") { Description = "The narrator named in the credits and the M4B's metadata. [default: the voice's name]", HelpName = "name" };
        var noTitles = new Option<bool>("--no-chapter-titles") { Description = "Do not read each chapter's title before its text." };
        var noMp3 = new Option<bool>("--no-mp3") { Description = "Write only the lossless chapter files, no MP3s." };
        var noM4b = new Option<bool>("--no-m4b") { Description = "Do not assemble the M4B audiobook." };
        var readAlong = new Option<bool>("--read-along")
        {
            Description = "Also write a read-along EPUB 3 (the book's text highlighted sentence by sentence as the audio plays: Media Overlays, audio inside) once every chapter is rendered.",
        };
        var noProof = new Option<bool>("--no-proof") { Description = "Do not proof-listen (on by default: every utterance is heard by pocketsphinx and compared with its text; a paragraph with a suspect one is read again, and what still fails is listed in report.json and proof.html)." };
        var retakes = new Option<int>("--proof-retakes") { Description = $"How many times proof-listening reads a paragraph with a suspect utterance again (0 to {ProofSettings.MaxRetakes}).", DefaultValueFactory = _ => new ProofSettings().Retakes, HelpName = "count" };
        var captions = new Option<bool>("--captions") { Description = "Also write WebVTT captions for each chapter file (captions/NN - Title.vtt)." };
        var cast = new CastOption();
        var pauses = new PauseOptions();
        var provenance = new ProvenanceOptions();
        var command = new Command("narrate", "Narrate a manuscript chapter by chapter into mastered FLAC and MP3 files and an M4B with chapter markers. Run it again to resume.");
        book.AddTo(command);
        command.Options.Add(output);
        voice.AddTo(command);
        foreach (var option in new Option[] { cast.File, chapters, lexicon, jobs, credits, narrator, noTitles, noMp3, noM4b, readAlong, captions, noProof, retakes, anyLanguage })
        {
            command.Options.Add(option);
        }

        pauses.AddTo(command);
        provenance.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var manuscript = book.Read(parsed);
            var selection = ChapterSelection.Parse(parsed.GetValue(chapters), manuscript.Chapters.Count);
            var folder = parsed.GetValue(output) ?? Path.GetFileNameWithoutExtension(parsed.GetValue(book.Book)!);
            var entries = manuscript.Lexicon.Concat(LexiconOption.Entries(parsed, lexicon)).ToList();

            using var publisher = provenance.Publisher(parsed);
            var settings = new RenderSettings
            {
                SigningCredential = publisher,
                HeadingPause = pauses.Heading(parsed),
                ParagraphPause = pauses.Paragraph(parsed),
                SentencePause = pauses.Sentence(parsed),
                ReadChapterTitles = !parsed.GetValue(noTitles),
                Credits = parsed.GetValue(credits) ? new Credits(parsed.GetValue(narrator)) : null,
                Narrator = parsed.GetValue(narrator),
                WriteMp3 = !parsed.GetValue(noMp3),
                WriteAudiobook = !parsed.GetValue(noM4b),
                WriteReadAlong = parsed.GetValue(readAlong),
                WriteCaptions = parsed.GetValue(captions),
                Proof = parsed.GetValue(noProof) ? null : new ProofSettings { Retakes = parsed.GetValue(retakes) },
                Jobs = parsed.GetValue(jobs),
                AnyLanguage = parsed.GetValue(anyLanguage),
                WatermarkKey = voice.Key(parsed),
            };
            using var reading = cast.Load(parsed, voice, manuscript);
            using var renderer = BookRenderer.Create(reading.Cast, PronunciationLexicon.Empty.With(entries), settings);
            await DeviceReport.WriteAsync(console.Error, renderer.Voice).ConfigureAwait(false);
            await LexiconOption.WarnUnusableAsync(console.Error, entries, renderer.Voice.Phonemizer.Alphabet).ConfigureAwait(false);
            foreach (var warning in manuscript.Warnings)
            {
                await console.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            var report = await RenderProgressDisplay.RunAsync(console, progress => renderer.RenderAsync(manuscript, folder, selection, progress, cancellationToken)).ConfigureAwait(false);
            ReportTable.Write(console, report);
            await DeviceReport.WriteUnknownSymbolsAsync(console.Error, renderer.Voice).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
