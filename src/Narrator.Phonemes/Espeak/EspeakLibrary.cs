using System.Reflection;
using System.Runtime.InteropServices;

namespace Narrator.Phonemes;

/// <summary>Finds libespeak-ng at run time (it is never bundled: GPL-3.0) and routes the
/// <see cref="LogicalName"/> imports of this assembly to it.</summary>
internal static class EspeakLibrary
{
    public const string LogicalName = "espeak-ng";

    public const string InstallHint =
        "install the Debian packages libespeak-ng1 and espeak-ng-data (apt-get install libespeak-ng1 espeak-ng-data)";

    private static readonly object Gate = new();
    private static nint _handle;

    public static IReadOnlyList<string> DefaultCandidates { get; } =
        OperatingSystem.IsWindows() ? ["espeak-ng.dll", "libespeak-ng.dll"]
        : OperatingSystem.IsMacOS() ? ["libespeak-ng.1.dylib", "libespeak-ng.dylib"]
        : ["libespeak-ng.so.1", "libespeak-ng.so"];

    /// <summary>Loads the library once (from <see cref="DefaultCandidates"/>) and installs the resolver.</summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_handle != 0)
            {
                return;
            }

            _handle = Load(DefaultCandidates);
            NativeLibrary.SetDllImportResolver(typeof(EspeakLibrary).Assembly, Resolve);
        }
    }

    /// <summary>Loads the first of <paramref name="candidates"/> that exists; throws a
    /// <see cref="PhonemizerException"/> naming the packages to install when none does.</summary>
    public static nint Load(IReadOnlyList<string> candidates)
    {
        foreach (var name in candidates)
        {
            if (NativeLibrary.TryLoad(name, typeof(EspeakLibrary).Assembly, null, out var handle))
            {
                return handle;
            }
        }

        throw new PhonemizerException(MissingLibraryMessage(candidates), Narrator.Core.ErrorKind.BadInput);
    }

    public static string MissingLibraryMessage(IReadOnlyList<string> candidates) =>
        $"The espeak-ng library was not found (tried {string.Join(", ", candidates)}); {InstallHint}. "
        + "It is needed by Piper voices and the espeak phonemizer.";

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LogicalName ? _handle : 0;
}
