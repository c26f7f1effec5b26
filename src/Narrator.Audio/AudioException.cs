using Narrator.Core;

namespace Narrator.Audio;

/// <summary>An audio file could not be read or written.</summary>
public sealed class AudioException : NarratorException
{
    public AudioException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public AudioException()
    {
    }

    public AudioException(string message)
        : base(message)
    {
    }

    public AudioException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
