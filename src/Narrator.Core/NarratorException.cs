namespace Narrator.Core;

/// <summary>
/// Base of Narrator's exception family. The message says what failed, where (file, tensor,
/// line) and, where possible, how to fix it; it is shown to users as one line.
/// </summary>
public class NarratorException : Exception
{
    /// <summary>A failure described by <paramref name="message"/> (what failed, where, and how to fix it), of <paramref name="kind"/> (which decides the CLI's exit code), caused by <paramref name="inner"/> when given.</summary>
    public NarratorException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    /// <summary>An internal failure with no further detail.</summary>
    public NarratorException()
        : this("Narrator failed.", ErrorKind.Internal)
    {
    }

    /// <summary>Bad input, described by <paramref name="message"/>.</summary>
    public NarratorException(string message)
        : this(message, ErrorKind.BadInput)
    {
    }

    /// <summary>Bad input, described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public NarratorException(string message, Exception inner)
        : this(message, ErrorKind.BadInput, inner)
    {
    }

    /// <summary>What kind of failure this is: bad input, refused by policy, or internal (exit codes 2, 3 and 4).</summary>
    public ErrorKind Kind { get; }
}
