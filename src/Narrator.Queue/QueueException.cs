using Narrator.Core;

namespace Narrator.Queue;

/// <summary>A catalogue queue problem: the database, the shared folder, a list file, a version mismatch. The message names what and where.</summary>
public class QueueException : NarratorException
{
    /// <summary>A queue error of the given kind.</summary>
    public QueueException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>A queue error (bad input).</summary>
    public QueueException()
    {
    }

    /// <summary>A queue error (bad input).</summary>
    public QueueException(string message)
        : base(message)
    {
    }

    /// <summary>A queue error (bad input) with its cause.</summary>
    public QueueException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
