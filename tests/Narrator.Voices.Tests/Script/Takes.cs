namespace Narrator.Voices.Tests.Script;

/// <summary>A folder of speech-like script takes named by prompt id, and a recognizer that hears each prompt.</summary>
internal static class Takes
{
    public static IReadOnlyList<ScriptPrompt> Write(string folder, int count, double seconds = 3)
    {
        Directory.CreateDirectory(folder);
        var prompts = RecordingScript.Take(count);
        foreach (var prompt in prompts)
        {
            Signals.Write(folder, prompt.Id + ".wav", Signals.Speechlike(seconds));
        }

        return prompts;
    }

    /// <summary>A recognizer that hears each prompt's words exactly ("etc." as "et cetera"), in order.</summary>
    public static SequenceRecognizer Heard(IEnumerable<ScriptPrompt> prompts) =>
        new(prompts.Select(p => new Narrator.Text.TextNormalizer().Normalize(p.Text).ToString()).ToArray());
}
