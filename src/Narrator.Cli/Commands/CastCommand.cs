using System.CommandLine;
using System.Globalization;
using Narrator.Books;
using Narrator.Books.Dialogue;
using Narrator.Rendering.Planning;
using Spectre.Console;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator cast</c>: the characters who speak in a manuscript, so a user can give each a voice.</summary>
internal static class CastCommand
{
    private const int ExampleLength = 90;

    public static Command Create(CliConsole console)
    {
        var book = new BookOptions();
        var chapters = new Option<string?>("--chapters", "--chapter") { Description = "Only these chapters, e.g. 3-5 or 1,4,7-9.", HelpName = "list" };
        var cast = new CastOption(checking: true);
        var store = VoiceStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the cast as JSON." };
        var command = new Command("cast", "List the characters who speak in a manuscript, with their lines, words and example lines, and the dialogue no attribution names.");
        book.AddTo(command);
        command.Options.Add(chapters);
        command.Options.Add(cast.File);
        command.Options.Add(store);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var manuscript = book.Read(parsed);
            cast.Check(parsed, manuscript, parsed.GetValue(store));
            var selection = ChapterSelection.Parse(parsed.GetValue(chapters), manuscript.Chapters.Count);
            var speech = BookSpeech.Find(manuscript).Chapters.Where(c => selection.Contains(c.Chapter.Index)).ToList();
            var summary = CastSummary.Of(speech);
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(ReportJson.Serialize(Document(manuscript, speech, summary))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            WriteTable(console, manuscript, summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static object Document(Book book, List<ChapterSpeech> chapters, CastSummary cast) => new
    {
        title = book.Title,
        author = book.Author,
        chapters = chapters.Select(c => c.Chapter.Index),
        dialogueLines = cast.DialogueLines,
        characters = cast.Characters.Select(c => new { name = c.Name, lines = c.Lines, words = c.Words, examples = c.Examples }),
        unattributed = new { lines = cast.UnattributedLines, words = cast.UnattributedWords },
        narration = new { words = cast.NarrationWords },
    };

    private static void WriteTable(CliConsole console, Book book, CastSummary cast)
    {
        var table = new Table().AddColumn("character").AddColumn(new TableColumn("lines").RightAligned()).AddColumn(new TableColumn("words").RightAligned()).AddColumn("example");
        foreach (var character in cast.Characters)
        {
            table.AddRow(Markup.Escape(character.Name), Number(character.Lines), Number(character.Words), Markup.Escape(Shorten(character.Examples.FirstOrDefault() ?? string.Empty)));
        }

        table.AddRow("(unattributed)", Number(cast.UnattributedLines), Number(cast.UnattributedWords), string.Empty);
        table.AddRow("(narration)", string.Empty, Number(cast.NarrationWords), string.Empty);
        var ansi = Terminal.Create(console.Out);
        var attributed = cast.DialogueLines - cast.UnattributedLines;
        ansi.WriteLine($"{(book.Author is null ? book.Title : $"{book.Title}, by {book.Author}")}: {Number(cast.Characters.Count)} characters, {Number(attributed)} of {Number(cast.DialogueLines)} lines of dialogue attributed");
        ansi.Write(table);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Shorten(string line) => line.Length <= ExampleLength ? line : string.Concat(line.AsSpan(0, ExampleLength - 1), "…");
}
