using System.Globalization;
using System.Text.Json;
using Narrator.Audio.Mastering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Rendering;

/// <summary>How a book is rendered. Every setting that changes the audio is part of the render hash.</summary>
public sealed class RenderSettings
{
    /// <summary>Read each chapter's title before its text. Default true.</summary>
    public bool ReadChapterTitles { get; init; } = true;

    /// <summary>Silence after a heading (the chapter title included). Default 1.2 s.</summary>
    public TimeSpan HeadingPause { get; init; } = TimeSpan.FromSeconds(1.2);

    /// <summary>Silence after a paragraph, dialogue line, list item or quote. Default 0.8 s.</summary>
    public TimeSpan ParagraphPause { get; init; } = TimeSpan.FromSeconds(0.8);

    /// <summary>Silence after a sentence inside a paragraph. Default 0.4 s.</summary>
    public TimeSpan SentencePause { get; init; } = TimeSpan.FromSeconds(0.4);

    /// <summary>Opening and closing credits as chapters of their own; null for none.</summary>
    public Credits? Credits { get; init; }

    /// <summary>Who is credited as narrator in the M4B's metadata (the voice's name when null).</summary>
    public string? Narrator { get; init; }

    /// <summary>Write an MP3 of each chapter beside its FLAC master. Default true.</summary>
    public bool WriteMp3 { get; init; } = true;

    /// <summary>Assemble the chapters into an M4B with chapter markers. Default true.</summary>
    public bool WriteAudiobook { get; init; } = true;

    /// <summary>
    /// Encode each chapter's AAC for the M4B (<c>.aac/</c>) as the chapter finishes even when this render does not
    /// assemble the M4B: a queue worker renders one chapter and the book's assembly later joins the AACs without
    /// encoding. Always done when <see cref="WriteAudiobook"/> is on. Default false.
    /// </summary>
    public bool WriteChapterAac { get; init; }

    /// <summary>Write a read-along EPUB 3 (text highlighted as it is read, EPUB 3 Media Overlays) once every chapter is rendered. Default false.</summary>
    public bool WriteReadAlong { get; init; }

    /// <summary>Write WebVTT captions for each chapter file (<c>captions/NN - Title.vtt</c>). Default false.</summary>
    public bool WriteCaptions { get; init; }

    /// <summary>Proof-listen every utterance as it is rendered and read suspect paragraphs again; null (the default) for none.</summary>
    public Proof.ProofSettings? Proof { get; init; }

    /// <summary>Narrate a book whose language is not the voice's (see <see cref="LanguageMismatch"/>). Default false: refused.</summary>
    public bool AnyLanguage { get; init; }

    /// <summary>Chapters rendered at once. Default 1.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Levels, room tone and part length of the masters. Default <see cref="MasteringOptions.Acx"/>.</summary>
    public MasteringOptions Mastering { get; init; } = MasteringOptions.Acx;

    /// <summary>The watermark key (see <see cref="Synthesis.SynthesisOptions.WatermarkKey"/>).</summary>
    public Watermark.WatermarkKey WatermarkKey { get; init; } = Watermark.WatermarkKey.Default;

    /// <summary>
    /// The key that signs the C2PA manifest embedded in every FLAC, MP3 and M4B. Default null: the user's
    /// development key (<see cref="SigningCredential.Development"/>), which says it is one.
    /// </summary>
    public SigningCredential? SigningCredential { get; init; }

    /// <summary>The defaults listed on each property.</summary>
    public static RenderSettings Default { get; } = new();

    /// <summary>The signing key in use: <see cref="SigningCredential"/>, else the development key (made on first use).</summary>
    internal SigningCredential Signer => SigningCredential ?? DevelopmentKey.Value;

    private static readonly Lazy<SigningCredential> DevelopmentKey = new(() => SigningCredential.Development());

    internal void Validate()
    {
        var errors = new List<string>();
        foreach (var (name, pause) in new[] { ("heading", HeadingPause), ("paragraph", ParagraphPause), ("sentence", SentencePause) })
        {
            if (pause < TimeSpan.Zero || pause > TimeSpan.FromSeconds(10))
            {
                errors.Add($"the {name} pause ({pause.TotalSeconds} s) must be between 0 and 10 s");
            }
        }

        if (Jobs is < 1 or > 64)
        {
            errors.Add($"jobs ({Jobs}) must be between 1 and 64");
        }

        Proof?.Validate(errors);
        if (errors.Count > 0)
        {
            throw new RenderException("Invalid render settings: " + string.Join("; ", errors) + ".");
        }
    }

    /// <summary>
    /// The settings that change a chapter's audio, as text to hash: every mastering value is included
    /// (serialized property by property), and numbers are written culture-invariantly.
    /// </summary>
    internal string AudioSignature() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ReadChapterTitles}|{HeadingPause.Ticks}|{ParagraphPause.Ticks}|{SentencePause.Ticks}|{JsonSerializer.Serialize(Mastering)}|{WatermarkKey.Id}");
}
