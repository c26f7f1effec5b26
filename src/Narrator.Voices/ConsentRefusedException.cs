using Narrator.Core;

namespace Narrator.Voices;

/// <summary>
/// The consent gate refused a voice made from a person's recordings: no consent recording, one that
/// does not match the speaker or was synthesized, or a consent record that is out of scope, expired,
/// revoked, edited or unsigned. The message says which and what to do; the CLI exits with 3.
/// </summary>
public sealed class ConsentRefusedException : NarratorException
{
    /// <summary>Refused by policy (exit code 3), for the reason in <paramref name="message"/>.</summary>
    public ConsentRefusedException(string message)
        : base(message, ErrorKind.Refused)
    {
    }

    /// <summary>Refused: no verified consent for this voice.</summary>
    public ConsentRefusedException()
        : this("Refused: no verified consent for this voice.")
    {
    }

    /// <summary>Refused by policy for the reason in <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ConsentRefusedException(string message, Exception inner)
        : base(message, ErrorKind.Refused, inner)
    {
    }
}
