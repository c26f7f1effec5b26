using Narrator.Core;

namespace Narrator.Text.Ssml;

/// <summary>SSML that cannot be read: malformed XML or an element used wrongly, with where it is.</summary>
public sealed class SsmlException : NarratorException
{
    /// <summary>SSML that cannot be read at <paramref name="line"/> and <paramref name="column"/> of <paramref name="source"/> (a file name or "SSML input"); the message names all three and the <paramref name="problem"/>.</summary>
    public SsmlException(string source, int line, int column, string problem)
        : base($"{source}: line {line}, column {column}: {problem}", ErrorKind.BadInput)
    {
        Input = source;
        Line = line;
        Column = column;
    }

    /// <summary>Unreadable SSML, position unknown.</summary>
    public SsmlException()
        : this("SSML input", 0, 0, "unreadable SSML.")
    {
    }

    /// <summary>Unreadable SSML, position unknown, with the problem in <paramref name="message"/>.</summary>
    public SsmlException(string message)
        : this("SSML input", 0, 0, message)
    {
    }

    /// <summary>Unreadable SSML, with the problem in <paramref name="message"/> caused by <paramref name="inner"/> (an XML parser's error).</summary>
    public SsmlException(string message, Exception inner)
        : base(message, ErrorKind.BadInput, inner)
    {
        Input = "SSML input";
    }

    /// <summary>The file name, or "SSML input" for text given directly.</summary>
    public string Input { get; }

    /// <summary>Line of the problem, from 1.</summary>
    public int Line { get; }

    /// <summary>Column of the problem, from 1.</summary>
    public int Column { get; }
}
