using Narrator.Core;

namespace Narrator.Phonemes;

/// <summary>A phonemizer could not be created or could not phonemize: a missing native library,
/// missing data, an unknown voice, or a malformed lexicon file.</summary>
public sealed class PhonemizerException : NarratorException
{
    public PhonemizerException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public PhonemizerException()
        : this("Phonemization failed.", ErrorKind.Internal)
    {
    }

    public PhonemizerException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    public PhonemizerException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
