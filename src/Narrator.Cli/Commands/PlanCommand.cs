using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis;
using Spectre.Console;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator plan</c>: chapters, word counts and estimated durations, without synthesizing.</summary>
internal static class PlanCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console)
    {
        var book = new BookOptions();
        var voice = new Option<string?>("--voice", "-v")
        {
            Description = "Estimate with this voice's measured speaking rate instead of 155 words per minute.",
            HelpName = "voice",
        };
        var store = VoiceStoreOption.Create();
        var publisher = new Option<string?>("--publisher")
        {
            Description = "With an enrolled --voice: the publisher its consent must cover (the rate is measured on a preview).",
            HelpName = "name",
        };
        var cast = new CastOption(checking: true);
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var command = new Command("plan", "List a manuscript's chapters with word counts and estimated durations, without synthesizing.");
        book.AddTo(command);
        command.Options.Add(voice);
        command.Options.Add(store);
        command.Options.Add(publisher);
        command.Options.Add(cast.File);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var manuscript = book.Read(parsed);
            cast.Check(parsed, manuscript, parsed.GetValue(store));
            var rate = RenderPlan.DefaultWordsPerMinute;
            var language = "en";
            if (parsed.GetValue(voice) is { } name)
            {
                using var synthesizer = Synthesizer.Create(VoiceOptions.LoadForMeasuring(name, parsed.GetValue(store), parsed.GetValue(publisher)));
                rate = await SpeakingRate.MeasureAsync(synthesizer, cancellationToken).ConfigureAwait(false);
                language = synthesizer.Voice.Language;
            }

            var warnings = manuscript.Warnings.ToList();
            if (LanguageMismatch.Find(manuscript, language) is { } mismatch)
            {
                warnings.Add(mismatch + "; narrate refuses it without --any-language.");
            }

            warnings.AddRange(ForeignPassages.For(manuscript, language).Notes(manuscript.Chapters));
            var plan = RenderPlan.For(manuscript, rate);
            if (parsed.GetValue(json))
            {
                var document = new
                {
                    title = plan.Title,
                    author = plan.Author,
                    wordsPerMinute = Math.Round(rate, 1),
                    words = plan.Words,
                    estimatedSeconds = Math.Round(plan.EstimatedSeconds, 1),
                    chapters = plan.Chapters.Select(c => new { index = c.Index, title = c.Title, parts = c.Source?.PartTitles ?? [], kind = c.Kind.ToString().ToLowerInvariant(), words = c.Words, estimatedSeconds = Math.Round(c.EstimatedSeconds, 1) }),
                    warnings = warnings,
                };
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(document, JsonOptions)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            WriteTable(console, plan, rate);
            foreach (var warning in warnings)
            {
                await console.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(CliConsole console, RenderPlan plan, double rate)
    {
        var table = new Table().AddColumn("#").AddColumn("chapter").AddColumn(new TableColumn("words").RightAligned()).AddColumn(new TableColumn("estimated").RightAligned());
        foreach (var chapter in plan.Chapters)
        {
            var heading = string.Join(" › ", (chapter.Source?.PartTitles ?? []).Append(chapter.Title));
            table.AddRow(chapter.Index.ToString(CultureInfo.InvariantCulture), Markup.Escape(heading), chapter.Words.ToString("N0", CultureInfo.InvariantCulture), Duration.Format(chapter.EstimatedSeconds));
        }

        table.AddRow(string.Empty, "total", plan.Words.ToString("N0", CultureInfo.InvariantCulture), Duration.Format(plan.EstimatedSeconds));
        var title = plan.Author is null ? plan.Title : $"{plan.Title}, by {plan.Author}";
        var ansi = Terminal.Create(console.Out);
        ansi.WriteLine($"{title} ({rate.ToString("0", CultureInfo.InvariantCulture)} words per minute)");
        ansi.Write(table);
    }
}
