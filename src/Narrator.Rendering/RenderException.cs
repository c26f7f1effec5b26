using Narrator.Core;

namespace Narrator.Rendering;

/// <summary>Rendering a book or chapter failed: an encoder, a file that cannot be written, a bad plan.</summary>
public sealed class RenderException : NarratorException
{
    public RenderException(string message, ErrorKind kind = ErrorKind.BadInput, Exception? inner = null)
        : base(message, kind, inner)
    {
    }

    public RenderException()
    {
    }

    public RenderException(string message)
        : base(message)
    {
    }

    public RenderException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
