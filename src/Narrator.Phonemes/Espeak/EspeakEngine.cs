using System.Runtime.InteropServices;
using System.Text;

namespace Narrator.Phonemes;

/// <summary>The process-wide espeak-ng instance: initialized once, every call serialized through
/// one lock, the voice switched under that lock whenever a caller needs a different one.</summary>
internal static class EspeakEngine
{
    private static readonly object Gate = new();
    private static bool _initialized;
    private static string? _dataPath;

    /// <summary>Initializes espeak-ng (once) and selects <paramref name="voice"/>, reporting
    /// problems as <see cref="PhonemizerException"/>.</summary>
    public static void Prepare(string voice, string? dataPath)
    {
        lock (Gate)
        {
            EnsureInitialized(dataPath);
            SelectVoice(voice);
        }
    }

    /// <summary>IPA for one clause (no punctuation inside), espeak's own clause splits joined by a space.</summary>
    public static string ClauseToIpa(string voice, string clause)
    {
        var bytes = Encoding.UTF8.GetBytes(clause + "\0");
        var pieces = new List<string>();
        lock (Gate)
        {
            SelectVoice(voice);
            var buffer = Marshal.AllocHGlobal(bytes.Length);
            try
            {
                Marshal.Copy(bytes, 0, buffer, bytes.Length);
                var cursor = buffer;
                while (cursor != 0)
                {
                    var result = EspeakNative.TextToPhonemes(ref cursor, EspeakNative.CharsUtf8, EspeakNative.PhonemesIpa);
                    var piece = result == 0 ? null : Marshal.PtrToStringUTF8(result)?.Trim();
                    if (!string.IsNullOrEmpty(piece))
                    {
                        pieces.Add(piece);
                    }
                }
            }
            finally
            {
                Marshal.FreeHGlobal(buffer);
            }
        }

        return string.Join(' ', pieces);
    }

    private static void EnsureInitialized(string? dataPath)
    {
        if (_initialized)
        {
            if (dataPath is not null && dataPath != _dataPath)
            {
                throw new PhonemizerException(
                    $"espeak-ng is already initialized with data path '{_dataPath ?? "(system)"}' in this process; it cannot switch to '{dataPath}'.");
            }

            return;
        }

        EspeakLibrary.EnsureLoaded();
        int sampleRate;
        try
        {
            sampleRate = EspeakNative.Initialize(EspeakNative.AudioOutputSynchronous, 0, dataPath, EspeakNative.InitializeDontExit);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new PhonemizerException(EspeakLibrary.MissingLibraryMessage(EspeakLibrary.DefaultCandidates), e);
        }

        if (sampleRate <= 0)
        {
            throw new PhonemizerException(InitializeFailedMessage(dataPath));
        }

        _initialized = true;
        _dataPath = dataPath;
    }

    public static string InitializeFailedMessage(string? dataPath) =>
        $"espeak-ng could not load its data from {(dataPath is null ? "the system location" : $"'{dataPath}'")}; "
        + $"{EspeakLibrary.InstallHint}, or pass the folder that holds espeak-ng-data.";

    public static string UnknownVoiceMessage(string voice) =>
        $"espeak-ng has no voice '{voice}'; list the voices with 'espeak-ng --voices' (they come with the Debian package espeak-ng-data).";

    // Selected again for every clause, even when it is already the voice: a character of another
    // script ("ꦠ") makes espeak-ng switch its translator to another language, which then stays for
    // every later clause of the process unless the voice is set anew.
    private static void SelectVoice(string voice)
    {
        if (!EspeakNative.SelectVoice(voice))
        {
            throw new PhonemizerException(UnknownVoiceMessage(voice));
        }
    }
}
