using System.Runtime.InteropServices;

namespace Narrator.Phonemes;

/// <summary>The few libespeak-ng entry points used (speak_lib.h, espeak-ng 1.51 API). Call only
/// under <see cref="EspeakEngine"/>'s lock: espeak-ng keeps global state and is not thread-safe.</summary>
internal static partial class EspeakNative
{
    public const int AudioOutputSynchronous = 2;
    public const int InitializeDontExit = 0x8000;
    public const int CharsUtf8 = 1;
    public const int PhonemesIpa = 0x02;

    [LibraryImport(EspeakLibrary.LogicalName, EntryPoint = "espeak_Initialize", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Initialize(int output, int bufferLength, string? path, int options);

    [LibraryImport(EspeakLibrary.LogicalName, EntryPoint = "espeak_SetVoiceByName", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVoiceByName(string name);

    /// <summary>Phonemizes the clause at <paramref name="text"/> and advances it to the next one
    /// (zero at the end). Returns a pointer to a UTF-8 string owned by espeak-ng.</summary>
    [LibraryImport(EspeakLibrary.LogicalName, EntryPoint = "espeak_TextToPhonemes")]
    public static partial nint TextToPhonemes(ref nint text, int textMode, int phonemeMode);
}
