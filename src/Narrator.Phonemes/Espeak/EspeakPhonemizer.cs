using System.Text;

namespace Narrator.Phonemes;

/// <summary>
/// IPA phonemes from libespeak-ng, the way Piper voices were trained: one clause at a time, the
/// clause punctuation kept (, ; : followed by a space), language-switch markers such as "(fr)"
/// removed, NFD-normalized, one symbol per Unicode code point. Sentences are joined by a space.
/// espeak-ng is loaded from the system at first use (never bundled) and shared by the process;
/// calls are serialized, so instances are safe to use from many threads.
/// </summary>
public sealed class EspeakPhonemizer : IPhonemizer
{
    private EspeakPhonemizer(string voice) => Voice = voice;

    /// <inheritdoc/>
    public string Name => "espeak";

    /// <inheritdoc/>
    public string Alphabet => "ipa";

    /// <summary>The espeak-ng voice, for example "en-us".</summary>
    public string Voice { get; }

    /// <summary>Loads libespeak-ng, initializes it (once per process, from <paramref name="dataPath"/>
    /// or the system espeak-ng-data) and checks the voice. Throws <see cref="PhonemizerException"/>
    /// naming the packages to install or the unknown voice.</summary>
    public static EspeakPhonemizer Create(string voice = "en-us", string? dataPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        EspeakEngine.Prepare(voice, dataPath);
        return new EspeakPhonemizer(voice);
    }

    /// <inheritdoc/>
    public PhonemeString Phonemize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ipa = new StringBuilder();
        var clauses = EspeakClause.Split(text);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Text.Length > 0)
            {
                ipa.Append(RemoveLanguageFlags(EspeakEngine.ClauseToIpa(Voice, clause.Text)));
            }

            if (clause.Terminator != '\0')
            {
                ipa.Append(clause.Terminator);
            }

            if (i < clauses.Count - 1)
            {
                ipa.Append(' ');
            }
        }

        return new PhonemeString(IpaSymbols.Split(ipa.ToString().Trim()), "");
    }

    /// <summary>Drops espeak's language-switch markers, "(en)" or "(fr)", with their content.</summary>
    internal static string RemoveLanguageFlags(string ipa)
    {
        var result = new StringBuilder(ipa.Length);
        var depth = 0;
        foreach (var c in ipa)
        {
            if (c == '(') { depth++; }
            else if (c == ')' && depth > 0) { depth--; }
            else if (depth == 0) { result.Append(c); }
        }

        return result.ToString();
    }
}
