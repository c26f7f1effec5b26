using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using Narrator.Books.Assembly;
using Narrator.Books.Text;

namespace Narrator.Books.Markdown;

/// <summary>
/// Reads Markdown with Markdig. <c>#</c> and <c>##</c> headings start chapters, except that a document with
/// exactly one <c>#</c> and several <c>##</c> uses the <c>#</c> as the book's title and the <c>##</c> as chapters.
/// Text before the first chapter heading is front matter titled with the book's title (a chapter of
/// its own when the document has no chapter headings). Deeper headings are
/// Heading blocks; code, HTML and images are skipped; <c>[text]{voice=slt}</c> and a paragraph ending in
/// <c>{voice=slt}</c> give text to a voice (<see cref="MarkdownVoices"/>). Title: YAML front matter <c>title:</c>, else the
/// first <c>#</c>, else the file name; author from <c>author:</c>.
/// </summary>
internal static class MarkdownReader
{
    public static Book Read(string path, BookReadOptions options)
    {
        var file = Path.GetFileName(path);
        var (source, warnings) = TextDecoder.Decode(File.ReadAllBytes(path), file);
        var document = Markdig.Markdown.Parse(source, new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseGridTables().UseFootnotes().Build());
        var front = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var meta = front is null ? new Dictionary<string, string>() : FrontMatter(front);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var h1 = headings.Where(h => h.Level == 1).ToList();
        var titleIsH1 = h1.Count == 1 && headings.Count(h => h.Level == 2) >= 2;
        var title = meta.GetValueOrDefault("title") ?? (h1.Count > 0 ? MarkdownInlines.Text(h1[0].Inline) : null) ?? Path.GetFileNameWithoutExtension(path);
        var minChapterLevel = titleIsH1 ? 2 : 1;

        var sections = new List<Section>();
        var noteSections = new Dictionary<string, Section>(StringComparer.Ordinal);
        Section? current = null;
        var level = 0;
        foreach (var block in document)
        {
            if (block is Table table)
            {
                warnings.Add($"'{file}' line {table.Line + 1}: a table was left out; tables are not read aloud (write what it says as text to have it narrated).");
                continue;
            }

            if (block is FootnoteGroup)
            {
                continue;
            }

            if (block is HeadingBlock heading && heading.Level >= minChapterLevel && heading.Level <= 2)
            {
                if (current is not null && !current.HasText && heading.Level > level)
                {
                    sections[^1] = new Section(current.Title, current.Kind) { IsPart = true };
                }

                current = new Section(MarkdownInlines.Text(heading.Inline), ChapterKind.Body);
                level = heading.Level;
                sections.Add(current);
                continue;
            }

            if (block is HeadingBlock { Level: 1 } && titleIsH1)
            {
                continue;
            }

            var blocks = new List<Block>();
            Collect(block, BlockKind.Paragraph, file, blocks, warnings);
            if (blocks.Count == 0)
            {
                continue;
            }

            if (current is null)
            {
                var hasChapters = headings.Any(h => h.Level >= minChapterLevel && h.Level <= 2);
                current = new Section(title, hasChapters ? ChapterKind.FrontMatter : ChapterKind.Body);
                sections.Add(current);
            }

            current.Blocks.AddRange(blocks);
            var leaves = block is LeafBlock leaf ? [leaf] : block.Descendants<LeafBlock>();
            foreach (var link in leaves.SelectMany(l => l.Inline?.Descendants<FootnoteLink>() ?? []).Where(l => !l.IsBackLink))
            {
                noteSections.TryAdd(link.Footnote.Label ?? string.Empty, current);
            }
        }

        // A footnote belongs to the chapter that first refers to it (read at its end with --footnotes).
        foreach (var note in document.Descendants<Footnote>())
        {
            var blocks = new List<Block>();
            Collect(note, BlockKind.Footnote, file, blocks, warnings);
            var section = noteSections.GetValueOrDefault(note.Label ?? string.Empty) ?? sections.LastOrDefault();
            section?.Footnotes.AddRange(blocks);
        }

        return new Book
        {
            SourcePath = path,
            Format = BookFormat.Markdown,
            Title = title,
            Author = meta.GetValueOrDefault("author"),
            Language = meta.GetValueOrDefault("language") ?? meta.GetValueOrDefault("lang"),
            Chapters = ChapterAssembler.Assemble(sections, options, file, warnings),
            Warnings = warnings,
        };
    }

    private static void Collect(MdBlock block, BlockKind kind, string file, List<Block> blocks, List<string> warnings)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(BlockKind.Heading, MarkdownInlines.Text(heading.Inline), heading.Line, file, blocks, warnings);
                break;
            case ParagraphBlock paragraph:
                Add(kind, MarkdownInlines.Text(paragraph.Inline, protectCode: true), paragraph.Line, file, blocks, warnings);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Collect(child, BlockKind.BlockQuote, file, blocks, warnings);
                }

                break;
            case ListBlock list:
                foreach (var child in list)
                {
                    Collect(child, BlockKind.ListItem, file, blocks, warnings);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, kind, file, blocks, warnings);
                }

                break;
        }
    }

    /// <summary>Adds a block of text; a paragraph's voice markup (see <see cref="MarkdownVoices"/>) becomes its directions.</summary>
    private static void Add(BlockKind kind, string text, int line, string file, List<Block> blocks, List<string> warnings)
    {
        var (plain, voices, stray) = kind == BlockKind.Heading ? (text, [], []) : MarkdownVoices.Read(text);
        foreach (var markup in stray)
        {
            warnings.Add($"'{file}' line {line + 1}: {markup} follows neither a [bracketed span] nor the end of its paragraph, so it gives nothing a voice; it was left out of the text.");
        }

        if (plain.Length > 0)
        {
            blocks.Add(new Block(kind == BlockKind.Paragraph ? Paragraphs.KindOf(plain) : kind, plain, new SourceLocation(file, line + 1)) { Voices = voices });
        }
    }

    /// <summary>Top-level <c>key: value</c> lines of YAML front matter (quotes removed); enough for title and author.</summary>
    private static Dictionary<string, string> FrontMatter(YamlFrontMatterBlock block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
            {
                var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                if (value.Length > 0)
                {
                    values.TryAdd(line[..colon].Trim(), value);
                }
            }
        }

        return values;
    }
}
