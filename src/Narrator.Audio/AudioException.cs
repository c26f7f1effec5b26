using Narrator.Core;

namespace Narrator.Audio;

/// <summary>An audio file could not be read or written.</summary>
public sealed class AudioException : NarratorException
{
    /// <summary>Audio that cannot be read, written or measured, described by <paramref name="message"/> (naming the file), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public AudioException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>An audio failure, no detail.</summary>
    public AudioException()
    {
    }

    /// <summary>An audio failure described by <paramref name="message"/>.</summary>
    public AudioException(string message)
        : base(message)
    {
    }

    /// <summary>An audio failure described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public AudioException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
