using Narrator.Core;

namespace Narrator.Books;

/// <summary>A manuscript could not be read; the message names the file (and entry or chapter).</summary>
public sealed class BookException : NarratorException
{
    /// <summary>A manuscript that cannot be read, described by <paramref name="message"/> (naming the file and chapter), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public BookException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>A manuscript that cannot be read, no detail.</summary>
    public BookException()
    {
    }

    /// <summary>A manuscript that cannot be read, described by <paramref name="message"/>.</summary>
    public BookException(string message)
        : base(message)
    {
    }

    /// <summary>A manuscript that cannot be read, described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public BookException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
