using Narrator.Core;

namespace Narrator.Models;

/// <summary>
/// A model could not be loaded or run: a missing or corrupt file, a config that does not match
/// the model, an unavailable execution provider, an input the model cannot take.
/// </summary>
public sealed class ModelException : NarratorException
{
    /// <summary>A model that cannot be loaded or run, described by <paramref name="message"/> (naming the file and tensor), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public ModelException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>An internal model failure, no detail.</summary>
    public ModelException()
        : this("The model failed.", ErrorKind.Internal)
    {
    }

    /// <summary>A bad model or input, described by <paramref name="message"/>.</summary>
    public ModelException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    /// <summary>A bad model or input, described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ModelException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
