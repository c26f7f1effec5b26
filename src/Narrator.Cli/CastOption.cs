using System.CommandLine;
using Narrator.Books;
using Narrator.Rendering.Cast;
using Narrator.Synthesis.Voices;

namespace Narrator.Cli;

/// <summary>The <c>--cast</c> file, and the voices a manuscript is read with: its narrator, characters and inline voices, all through the consent gate.</summary>
internal sealed class CastOption
{
    private const string Narrating = "A cast file (JSON, or YAML when it ends in .yaml or .yml) giving the narrator, characters and other dialogue voices of their own, e.g. {\"narrator\": \"bdl\", \"characters\": {\"Alice\": \"slt\"}}; 'narrator cast' lists the names.";

    private const string Checking = "The cast file narrate will be given: a voice the manuscript names inline ({voice=...}, data-voice) may be one of its characters. Without it, every such name must be a voice as --voice takes it.";

    /// <param name="required">Whether the command needs a cast file.</param>
    /// <param name="checking">Whether the command only checks the names a manuscript gives inline (plan, cast) instead of reading with the cast.</param>
    public CastOption(bool required = false, bool checking = false)
    {
        File = new Option<string?>("--cast")
        {
            Description = checking ? Checking : Narrating,
            HelpName = "file",
            Required = required,
        };
    }

    public Option<string?> File { get; }

    /// <summary>
    /// The voices <paramref name="manuscript"/> is read with: the cast file's (its narrator, or --voice), or --voice alone,
    /// and every voice the manuscript names inline, each loaded through <paramref name="voice"/>'s consent gate.
    /// </summary>
    public CastReading Load(ParseResult parsed, VoiceOptions voice, Book manuscript)
    {
        var castFile = parsed.GetValue(File) is { } castPath ? CastFile.Load(castPath) : null;
        var settings = voice.Settings(parsed);
        var reading = new CastReading();
        try
        {
            reading.Loaded = castFile?.Narrator is null || parsed.GetValue(voice.Voice) is not null ? voice.Load(parsed) : null;
            reading.Cast = castFile is null
                ? VoiceCast.Solo(reading.Loaded!, settings)
                : VoiceCast.Open(castFile, entry => voice.LoadNamed(parsed, entry.Voice, entry.Speaker), settings, reading.Loaded is null ? null : new CastVoice("--voice", reading.Loaded, settings));
            reading.Cast.Direct(manuscript, entry => voice.LoadNamed(parsed, entry.Voice, entry.Speaker), settings);
            return reading;
        }
        catch
        {
            reading.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks, loading no voice, that every name <paramref name="manuscript"/> gives a passage inline is a character of
    /// the cast file or a voice of the stock folder or the store <paramref name="store"/>; the first that is neither
    /// stops the command as it would stop narrate (exit 2, naming the file, the line, the chapter and the name).
    /// </summary>
    public void Check(ParseResult parsed, Book manuscript, string? store)
    {
        var castFile = parsed.GetValue(File) is { } castPath ? CastFile.Load(castPath) : null;
        var gate = VoiceOptions.Gate(store, Narrator.Models.ExecutionOptions.Default);
        VoiceCast.CheckDirections(manuscript, castFile, name => gate.Resolve(name));
    }

    /// <summary>A loaded cast and the --voice it was loaded with, disposed together.</summary>
    internal sealed class CastReading : IDisposable
    {
        public IVoice? Loaded { get; set; }

        public VoiceCast Cast { get; set; } = null!;

        public void Dispose()
        {
            Cast?.Dispose();
            Loaded?.Dispose();
        }
    }
}
