using Narrator.Text;

namespace Narrator.Voices.Tests.Script;

/// <summary>A folder of speech-like script takes named by prompt id, each of its own length, and a recognizer that hears each prompt.</summary>
internal static class Takes
{
    public static IReadOnlyList<ScriptPrompt> Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var prompts = RecordingScript.Take(count);
        for (var i = 0; i < prompts.Count; i++)
        {
            Signals.Write(folder, prompts[i].Id + ".wav", Signals.Speechlike(Seconds(i)));
        }

        return prompts;
    }

    /// <summary>A recognizer that hears each prompt's words exactly ("etc." as "et cetera"), or <paramref name="instead"/> for the take at that index.</summary>
    public static LengthRecognizer Heard(IReadOnlyList<ScriptPrompt> prompts, int insteadAt = -1, string instead = "") =>
        new(Enumerable.Range(0, prompts.Count).ToDictionary(i => Samples(i), i => i == insteadAt ? instead : new TextNormalizer().Normalize(prompts[i].Text).ToString()));

    private static double Seconds(int index) => 3 + (0.01 * index);

    private static int Samples(int index) => (int)(Seconds(index) * 16000);
}
