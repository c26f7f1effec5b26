using Narrator.Core;

namespace Narrator.Rendering;

/// <summary>Rendering a book or chapter failed: an encoder, a file that cannot be written, a bad plan.</summary>
public sealed class RenderException : NarratorException
{
    /// <summary>A render that cannot go on, described by <paramref name="message"/> (naming the chapter or file), of <paramref name="kind"/>, caused by <paramref name="inner"/> when given.</summary>
    public RenderException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    /// <summary>A render failure, no detail.</summary>
    public RenderException()
    {
    }

    /// <summary>A render failure described by <paramref name="message"/>.</summary>
    public RenderException(string message)
        : base(message)
    {
    }

    /// <summary>A render failure described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public RenderException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
