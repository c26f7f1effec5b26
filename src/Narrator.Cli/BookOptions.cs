using System.CommandLine;
using Narrator.Books;

namespace Narrator.Cli;

/// <summary>The manuscript argument and the options that decide what of it is read, shared by plan and narrate.</summary>
internal sealed class BookOptions
{
    public Argument<string> Book { get; } = new("book")
    {
        Description = "The manuscript: an EPUB, a Markdown file (.md) or a plain text file (.txt).",
    };

    public Option<bool> FrontMatter { get; } = new("--include-front-matter")
    {
        Description = "Also read front matter (title page, copyright, contents, dedication).",
    };

    public Option<bool> BackMatter { get; } = new("--include-back-matter")
    {
        Description = "Also read back matter (index, colophon, notes sections).",
    };

    public Option<bool> Footnotes { get; } = new("--footnotes")
    {
        Description = "Read footnotes at the end of their chapter instead of leaving them out.",
    };

    public Option<int?> ChapterLevel { get; } = new("--chapter-level")
    {
        Description = "EPUB: the table-of-contents level whose entries are the chapters (1 = top; the levels above become part titles read at the start of their first chapter). [default: the level whose entries look like chapters]",
        HelpName = "level",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Book);
        command.Options.Add(FrontMatter);
        command.Options.Add(BackMatter);
        command.Options.Add(Footnotes);
        command.Options.Add(ChapterLevel);
    }

    public Book Read(ParseResult parsed) => BookReader.Read(parsed.GetValue(Book)!, new BookReadOptions
    {
        IncludeFrontMatter = parsed.GetValue(FrontMatter),
        IncludeBackMatter = parsed.GetValue(BackMatter),
        ReadFootnotes = parsed.GetValue(Footnotes),
        ChapterLevel = parsed.GetValue(ChapterLevel),
    });
}
