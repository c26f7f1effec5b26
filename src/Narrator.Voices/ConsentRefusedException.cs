using Narrator.Core;

namespace Narrator.Voices;

/// <summary>
/// The consent gate refused a voice made from a person's recordings: no consent recording, one that
/// does not match the speaker or was synthesized, or a consent record that is out of scope, expired,
/// revoked, edited or unsigned. The message says which and what to do; the CLI exits with 3.
/// </summary>
public sealed class ConsentRefusedException : NarratorException
{
    public ConsentRefusedException(string message)
        : base(message, ErrorKind.Refused)
    {
    }

    public ConsentRefusedException()
        : this("Refused: no verified consent for this voice.")
    {
    }

    public ConsentRefusedException(string message, Exception inner)
        : base(message, ErrorKind.Refused, inner)
    {
    }
}
