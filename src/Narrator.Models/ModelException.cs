using Narrator.Core;

namespace Narrator.Models;

/// <summary>
/// A model could not be loaded or run: a missing or corrupt file, a config that does not match
/// the model, an unavailable execution provider, an input the model cannot take.
/// </summary>
public sealed class ModelException : NarratorException
{
    public ModelException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public ModelException()
        : this("The model failed.", ErrorKind.Internal)
    {
    }

    public ModelException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    public ModelException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }
}
