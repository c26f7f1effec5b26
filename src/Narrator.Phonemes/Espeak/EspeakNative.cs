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

    /// <summary>speak_lib.h's espeak_VOICE, as a blittable struct (strings are UTF-8 pointers).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct VoiceSelector
    {
        public nint Name;
        public nint Languages;
        public nint Identifier;
        public byte Gender;
        public byte Age;
        public byte Variant;
        public byte Reserved;
        public int Score;
        public nint Spare;
    }

    [LibraryImport(EspeakLibrary.LogicalName, EntryPoint = "espeak_SetVoiceByProperties")]
    public static partial int SetVoiceByProperties(ref VoiceSelector selector);

    /// <summary>Selects by voice name, else (as the espeak-ng command line does) by language.</summary>
    public static bool SelectVoice(string voice)
    {
        if (SetVoiceByName(voice) == 0)
        {
            return true;
        }

        var language = Marshal.StringToCoTaskMemUTF8(voice);
        try
        {
            var selector = new VoiceSelector { Languages = language };
            return SetVoiceByProperties(ref selector) == 0;
        }
        finally
        {
            Marshal.FreeCoTaskMem(language);
        }
    }

    /// <summary>Phonemizes the clause at <paramref name="text"/> and advances it to the next one
    /// (zero at the end). Returns a pointer to a UTF-8 string owned by espeak-ng.</summary>
    [LibraryImport(EspeakLibrary.LogicalName, EntryPoint = "espeak_TextToPhonemes")]
    public static partial nint TextToPhonemes(ref nint text, int textMode, int phonemeMode);
}
