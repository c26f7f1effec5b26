using Narrator.Core;

namespace Narrator.Books;

/// <summary>A manuscript could not be read; the message names the file (and entry or chapter).</summary>
public sealed class BookException : NarratorException
{
    public BookException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public BookException()
    {
    }

    public BookException(string message)
        : base(message)
    {
    }

    public BookException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
