namespace Narrator.Core;

/// <summary>
/// Base of Narrator's exception family. The message says what failed, where (file, tensor,
/// line) and, where possible, how to fix it; it is shown to users as one line.
/// </summary>
public class NarratorException : Exception
{
    public NarratorException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    public NarratorException()
        : this("Narrator failed.", ErrorKind.Internal)
    {
    }

    public NarratorException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    public NarratorException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }

    public ErrorKind Kind { get; }
}
