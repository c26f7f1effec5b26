using System.Globalization;

namespace Narrator.Voices;

/// <summary>
/// The recording script an actor reads for enrollment: the CMU ARCTIC prompts (Kominek and Black, CMU;
/// licence in <c>Script/ARCTIC-LICENSE.txt</c>), the sentences the stock speakers read. Prompts come in
/// ARCTIC's own order, which was chosen greedily for diphone coverage, so every prefix is phonetically
/// balanced. The held-out prompts (ids whose number is a multiple of 20) are never in a script: they
/// stay unread so that a voice can be measured on text it was not enrolled or adapted on.
/// </summary>
public static class RecordingScript
{
    /// <summary>
    /// Mean length of one prompt's recording in seconds: 2,264 CMU ARCTIC recordings (bdl and slt, all
    /// 1,132 prompts each, 107.6 minutes in all), measured with <c>soxi -D</c>.
    /// </summary>
    public const double MeanPromptSeconds = 2.85;

    private const string Resource = "Narrator.Voices.Script.arctic-prompts.txt";
    private static readonly Lazy<IReadOnlyList<ScriptPrompt>> Arctic = new(Load);

    /// <summary>The three sizes: about 3, 10 and 30 minutes of reading.</summary>
    public static IReadOnlyList<ScriptSize> Sizes { get; } =
    [
        new("short", 60, Minutes(60)),
        new("medium", 210, Minutes(210)),
        new("long", 630, Minutes(630)),
    ];

    /// <summary>All 1,132 CMU ARCTIC prompts, held-out ones included, in ARCTIC order.</summary>
    public static IReadOnlyList<ScriptPrompt> AllPrompts => Arctic.Value;

    /// <summary>The prompts a script may hold: every ARCTIC prompt but the held-out ones, in order.</summary>
    public static IReadOnlyList<ScriptPrompt> Available { get; } = new Lazy<IReadOnlyList<ScriptPrompt>>(() => Arctic.Value.Where(p => !IsHeldOut(p.Id)).ToList()).Value;

    /// <summary>Whether a prompt id is held out for evaluation: an ARCTIC id whose number is a multiple of 20.</summary>
    public static bool IsHeldOut(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.StartsWith("arctic_", StringComparison.Ordinal) && id.Length == 12
            && int.TryParse(id.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number % 20 == 0;
    }

    /// <summary>The first <paramref name="count"/> available prompts.</summary>
    public static IReadOnlyList<ScriptPrompt> Take(int count) =>
        count < 1 || count > Available.Count
            ? throw new VoiceException(string.Create(CultureInfo.InvariantCulture, $"a script holds 1 to {Available.Count} prompts (the {AllPrompts.Count} CMU ARCTIC prompts less the {AllPrompts.Count - Available.Count} held out), not {count}."))
            : Available.Take(count).ToList();

    /// <summary>A size name (short, medium, long) or a number of prompts.</summary>
    public static int ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sizes.FirstOrDefault(s => s.Name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } size ? size.Prompts
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count
            : throw new VoiceException($"--prompts '{text}': give {string.Join(", ", Sizes.Select(s => s.Name))} or a number of prompts.");
    }

    /// <summary>About how many minutes reading <paramref name="prompts"/> prompts takes (recorded speech, pauses at the ends included).</summary>
    public static double Minutes(int prompts) => prompts * MeanPromptSeconds / 60;

    /// <summary>Parses <c>id|text</c> lines (blank lines and lines starting with # are skipped); <paramref name="source"/> names the file in errors.</summary>
    public static IReadOnlyList<ScriptPrompt> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prompts = new List<ScriptPrompt>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || bar == line.Length - 1)
            {
                throw new VoiceException(string.Create(CultureInfo.InvariantCulture, $"{source}:{i + 1}: expected an 'id|text' line, got '{line}'."));
            }

            prompts.Add(new ScriptPrompt(line[..bar].Trim(), line[(bar + 1)..].Trim()));
        }

        return prompts;
    }

    private static IReadOnlyList<ScriptPrompt> Load()
    {
        using var stream = typeof(RecordingScript).Assembly.GetManifestResourceStream(Resource)
            ?? throw new VoiceException($"{Resource}: the CMU ARCTIC prompt list is missing from the assembly.", Narrator.Core.ErrorKind.Internal);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), Resource);
    }
}
