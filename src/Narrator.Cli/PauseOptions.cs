using System.CommandLine;
using Narrator.Rendering;

namespace Narrator.Cli;

/// <summary>The silences between parts of a book, in seconds; unset ones keep <see cref="RenderSettings"/>' defaults.</summary>
internal sealed class PauseOptions
{
    private readonly Option<double?> _heading = new("--heading-pause") { Description = "Seconds of silence after a heading or chapter title. [default: 1.2]", HelpName = "seconds" };
    private readonly Option<double?> _paragraph = new("--paragraph-pause") { Description = "Seconds of silence after a paragraph. [default: 0.8]", HelpName = "seconds" };
    private readonly Option<double?> _sentence = new("--sentence-pause") { Description = "Seconds of silence after a sentence. [default: 0.4]", HelpName = "seconds" };

    public void AddTo(Command command)
    {
        command.Options.Add(_heading);
        command.Options.Add(_paragraph);
        command.Options.Add(_sentence);
    }

    public TimeSpan Heading(ParseResult parsed) => Seconds(parsed.GetValue(_heading)) ?? RenderSettings.Default.HeadingPause;

    public TimeSpan Paragraph(ParseResult parsed) => Seconds(parsed.GetValue(_paragraph)) ?? RenderSettings.Default.ParagraphPause;

    public TimeSpan Sentence(ParseResult parsed) => Seconds(parsed.GetValue(_sentence)) ?? RenderSettings.Default.SentencePause;

    private static TimeSpan? Seconds(double? value) => value is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
