using Narrator.Core;

namespace Narrator.Voices;

/// <summary>A voice store, enrollment or consent problem; <see cref="ErrorKind.Refused"/> when consent forbids the use.</summary>
public sealed class VoiceException : NarratorException
{
    /// <summary>A voice or store failure, described by <paramref name="message"/> (naming the voice or file), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public VoiceException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>An internal voice store failure, no detail.</summary>
    public VoiceException()
        : this("Voice store failure.", ErrorKind.Internal)
    {
    }

    /// <summary>Bad input about a voice, described by <paramref name="message"/>.</summary>
    public VoiceException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    /// <summary>Bad input about a voice, described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public VoiceException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
