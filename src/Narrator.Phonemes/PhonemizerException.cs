using Narrator.Core;

namespace Narrator.Phonemes;

/// <summary>A phonemizer could not be created or could not phonemize: a missing native library,
/// missing data, an unknown voice, or a malformed lexicon file.</summary>
public sealed class PhonemizerException : NarratorException
{
    /// <summary>A phonemizer failure described by <paramref name="message"/> (naming the file, voice or word), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public PhonemizerException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>An internal phonemizer failure with no further detail.</summary>
    public PhonemizerException()
        : this("Phonemization failed.", ErrorKind.Internal)
    {
    }

    /// <summary>Bad input to a phonemizer, described by <paramref name="message"/>.</summary>
    public PhonemizerException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    /// <summary>Bad input to a phonemizer, described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public PhonemizerException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
