using Narrator.Core;

namespace Narrator.Voices;

/// <summary>A voice store, enrollment or consent problem; <see cref="ErrorKind.Refused"/> when consent forbids the use.</summary>
public sealed class VoiceException : NarratorException
{
    public VoiceException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public VoiceException()
        : this("Voice store failure.", ErrorKind.Internal)
    {
    }

    public VoiceException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    public VoiceException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
