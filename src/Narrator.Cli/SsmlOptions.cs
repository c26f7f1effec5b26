using System.CommandLine;
using Narrator.Core;
using Narrator.Text.Ssml;

namespace Narrator.Cli;

/// <summary>The <c>--ssml</c> and <c>--ssml-file</c> options of speak: an SSML document to speak instead of plain text.</summary>
internal sealed class SsmlOptions
{
    public Option<string?> Text { get; } = new("--ssml")
    {
        Description = "Speak this SSML document (<speak>…</speak>) instead of plain text; see docs/ssml.md for the elements Narrator reads.",
        HelpName = "ssml",
    };

    public Option<string?> File { get; } = new("--ssml-file")
    {
        Description = "Speak the SSML document in this file instead of plain text.",
        HelpName = "file",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Text);
        command.Options.Add(File);
    }

    /// <summary>The document given, or null when speak was given plain text; warnings go to <paramref name="error"/>.</summary>
    public async Task<SsmlDocument?> ReadAsync(ParseResult parsed, bool hasText, TextWriter error, CancellationToken cancellationToken)
    {
        var text = parsed.GetValue(Text);
        var file = parsed.GetValue(File);
        if ((text is not null && file is not null) || ((text ?? file) is not null && hasText))
        {
            throw new NarratorException("Give one thing to speak: plain text, --ssml or --ssml-file.");
        }

        if (file is not null && !System.IO.File.Exists(file))
        {
            throw new NarratorException($"{file}: no such SSML file.");
        }

        var document = text is not null ? SsmlDocument.Parse(text)
            : file is not null ? SsmlDocument.Parse(await System.IO.File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), file)
            : null;
        foreach (var warning in document?.Warnings ?? [])
        {
            await WarnAsync(error, warning).ConfigureAwait(false);
        }

        return document;
    }

    public static Task WarnAsync(TextWriter error, SsmlWarning warning) => error.WriteLineAsync($"warning: {warning}");
}
