using Narrator.Core;

namespace Narrator.Text.Ssml;

/// <summary>SSML that cannot be read: malformed XML or an element used wrongly, with where it is.</summary>
public sealed class SsmlException : NarratorException
{
    public SsmlException(string source, int line, int column, string problem)
        : base($"{source}: line {line}, column {column}: {problem}", ErrorKind.BadInput)
    {
        Input = source;
        Line = line;
        Column = column;
    }

    public SsmlException()
        : this("SSML input", 0, 0, "unreadable SSML.")
    {
    }

    public SsmlException(string message)
        : this("SSML input", 0, 0, message)
    {
    }

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
