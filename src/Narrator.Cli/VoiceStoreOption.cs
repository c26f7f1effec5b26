using System.CommandLine;

namespace Narrator.Cli;

/// <summary>The <c>--voices</c> option: where the user's enrolled voices live.</summary>
internal static class VoiceStoreOption
{
    public static Option<string?> Create() => new("--voices")
    {
        Description = "The voice store of enrolled voices. [default: $NARRATOR_VOICES, else $XDG_DATA_HOME/narrator/voices, else ~/.local/share/narrator/voices]",
        HelpName = "dir",
    };
}
