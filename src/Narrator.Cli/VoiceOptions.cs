using System.CommandLine;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Models;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Cli;

/// <summary>The options that choose a voice and how it runs, shared by speak and bench.</summary>
internal sealed class VoiceOptions
{
    /// <param name="defaultUse">The use synthesis declares to an enrolled voice's consent unless --use says otherwise.</param>
    public VoiceOptions(string defaultUse = "preview")
    {
        Use = new Option<string>("--use")
        {
            Description = "What this synthesis is for, checked against an enrolled voice's consent (audiobook, preview…).",
            HelpName = "use",
            DefaultValueFactory = _ => defaultUse,
        };
    }

    public Option<string> Use { get; }

    public Option<string?> Publisher { get; } = new("--publisher")
    {
        Description = "Who publishes this synthesis, checked against an enrolled voice's consent. [default: none declared]",
        HelpName = "name",
    };

    public Option<string?> Store { get; } = VoiceStoreOption.Create();

    public Option<string?> Voice { get; } = new("--voice", "-v")
    {
        Description = "A Piper voice (.onnx with its .onnx.json beside it), a Narrator bundle folder, an enrolled voice id, or the name of a stock voice. [default: the stock voice named 'default']",
    };

    // A string rather than the enum, so that help shows the lower-case names users type
    // (an enum option prints <Auto|Cpu|Cuda> and [default: Auto]).
    public Option<string> Device { get; } = CreateDevice();


    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "CPU threads per model call; 0 uses every core.",
        HelpName = "count",
        DefaultValueFactory = _ => 0,
    };

    public Option<string[]> CudaOptions { get; } = new("--cuda-option")
    {
        Description = "A CUDA provider option, e.g. cudnn_conv_algo_search=EXHAUSTIVE. Repeat the option to give several.",
        HelpName = "key=value",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<float> Speed { get; } = new("--speed")
    {
        Description = "Speaking rate: 1 is normal, 1.25 faster, 0.8 slower (0.25 to 4).",
        HelpName = "rate",
        DefaultValueFactory = _ => 1f,
    };

    public Option<float> Pitch { get; } = new("--pitch")
    {
        Description = "Pitch shift in semitones: 0 as the voice speaks, 12 an octave up, -12 an octave down (-12 to 12). Only voices with prosody controls take it.",
        HelpName = "semitones",
        DefaultValueFactory = _ => 0f,
    };

    public Option<float> Energy { get; } = new("--energy")
    {
        Description = "Vocal energy: 1 as the voice speaks, 2 twice, 0.5 half (0.25 to 4). Only voices with prosody controls take it.",
        HelpName = "scale",
        DefaultValueFactory = _ => 1f,
    };

    public Option<string?> Speaker { get; } = new("--speaker")
    {
        Description = "The speaker of a multi-speaker voice: a Piper speaker id or name, or a Narrator bundle's speaker. [default: the voice's first or default speaker]",
        HelpName = "speaker",
    };

    public Option<string[]> References { get; } = new("--reference")
    {
        Description = "Preview a clone of the speaker of these recordings (WAV, FLAC, MP3…; 16 kHz or more; a Narrator bundle only; needs --consent). A quick likeness: enroll the person from script takes and adapt the voice (voice train) to make it faithful. Repeat or list several.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "file",
    };

    public Option<string?> Embedding { get; } = new("--embedding")
    {
        Description = "Preview the speaker of an embedding made by 'narrator embed' (a Narrator bundle only; needs --consent).",
        HelpName = "file",
    };

    public Option<string?> Consent { get; } = new("--consent")
    {
        Description = "The person of --reference or --embedding reading the statement in --consent-text (see 'narrator voice consent-text'): a clone speaks only with it.",
        HelpName = "recording",
    };

    public Option<string?> ConsentText { get; } = new("--consent-text")
    {
        Description = "A text file holding the statement read in the --consent recording.",
        HelpName = "file",
    };

    public Option<bool> UnverifiedStatement { get; } = new("--unverified-statement")
    {
        Description = "Do not check by speech recognition that the --consent recording says the statement (the speaker is still compared).",
    };

    public Option<float?> NoiseScale { get; } = new("--noise-scale")
    {
        Description = "Voice variation (Piper noise_scale); 0 switches it off. The same text and settings give the same audio either way. [default: the voice's]",
        HelpName = "scale",
    };

    public Option<float?> NoiseW { get; } = new("--noise-w")
    {
        Description = "Variation of phoneme durations (Piper noise_w); 0 switches it off. [default: the voice's]",
        HelpName = "scale",
    };

    public Option<string?> WatermarkKey { get; } = new("--watermark-key")
    {
        Description = "A private publisher passphrase for the watermark. [default: the published key, which anyone can detect and anyone could forge]",
        HelpName = "passphrase",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(WatermarkKey);
        command.Options.Add(Voice);
        command.Options.Add(Device);
        command.Options.Add(Threads);
        command.Options.Add(CudaOptions);
        command.Options.Add(Speed);
        command.Options.Add(Pitch);
        command.Options.Add(Energy);
        command.Options.Add(Speaker);
        command.Options.Add(References);
        command.Options.Add(Embedding);
        command.Options.Add(Consent);
        command.Options.Add(ConsentText);
        command.Options.Add(UnverifiedStatement);
        command.Options.Add(NoiseScale);
        command.Options.Add(NoiseW);
        command.Options.Add(Use);
        command.Options.Add(Publisher);
        command.Options.Add(Store);
    }

    public VoiceSettings Settings(ParseResult parsed) => new()
    {
        Speed = parsed.GetValue(Speed),
        Pitch = parsed.GetValue(Pitch),
        Energy = parsed.GetValue(Energy),
        NoiseScale = parsed.GetValue(NoiseScale),
        NoiseW = parsed.GetValue(NoiseW),
    };

    public Watermark.WatermarkKey Key(ParseResult parsed) =>
        parsed.GetValue(WatermarkKey) is { Length: > 0 } passphrase ? Watermark.WatermarkKey.FromPassphrase(passphrase) : Watermark.WatermarkKey.Default;

    public ExecutionOptions Execution(ParseResult parsed)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parsed.GetValue(CudaOptions) ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new NarratorException($"--cuda-option '{pair}': expected key=value.");
            }

            extra[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return new ExecutionOptions
        {
            Device = Enum.Parse<ExecutionDevice>(parsed.GetValue(Device)!, ignoreCase: true),
            IntraOpThreads = parsed.GetValue(Threads),
            Cuda = new CudaOptions { Extra = extra },
            OptimizedModelCache = ModelCacheFolder.Resolve(),
        };
    }

    public IVoice Load(ParseResult parsed)
    {
        var statementFile = parsed.GetValue(ConsentText);
        return Gate(parsed.GetValue(Store), Execution(parsed)).Open(new VoiceRequest
        {
            Voice = parsed.GetValue(Voice),
            Speaker = parsed.GetValue(Speaker),
            References = parsed.GetValue(References) ?? [],
            EmbeddingFile = parsed.GetValue(Embedding),
            ConsentRecording = parsed.GetValue(Consent),
            ConsentStatement = statementFile is null ? null
                : File.Exists(statementFile) ? File.ReadAllText(statementFile).Trim() : throw new NarratorException($"{statementFile}: no such consent text file."),
            UnverifiedStatement = parsed.GetValue(UnverifiedStatement),
            Use = parsed.GetValue(Use)!,
            Publisher = parsed.GetValue(Publisher) ?? VoiceRequest.NoPublisher,
        });
    }

    /// <summary>
    /// A voice named somewhere else than --voice (a cast file's entry), through the consent gate for this command's
    /// use and publisher and with its execution options, as --voice would be.
    /// </summary>
    public IVoice LoadNamed(ParseResult parsed, string voice, string? speaker) =>
        Gate(parsed.GetValue(Store), Execution(parsed)).Open(new VoiceRequest
        {
            Voice = voice,
            Speaker = speaker,
            Use = parsed.GetValue(Use)!,
            Publisher = parsed.GetValue(Publisher) ?? VoiceRequest.NoPublisher,
        });

    /// <summary>
    /// A voice by name with default execution options, for commands that only measure it. An enrolled
    /// voice still passes its consent check, for a preview by <paramref name="publisher"/>.
    /// </summary>
    public static IVoice LoadForMeasuring(string? voice, string? store, string? publisher) =>
        Gate(store, ExecutionOptions.Default).Open(new VoiceRequest { Voice = voice, Use = VoiceGate.PreviewUse, Publisher = publisher ?? VoiceRequest.NoPublisher });

    /// <summary>The consent gate over the shipped voices and the user's store, reading any audio ffmpeg decodes.</summary>
    public static VoiceGate Gate(string? store, ExecutionOptions execution) => VoiceGate.Create(new VoiceGateOptions
    {
        StoreFolder = VoiceStore.Locate(store),
        Execution = execution,
    });

    private static Option<string> CreateDevice()
    {
        var device = new Option<string>("--device")
        {
            Description = "Where the model runs: auto (CUDA if it loads, else CPU), cpu, or cuda.",
            DefaultValueFactory = _ => "auto",
        };
        device.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        return device;
    }
}
