using Narrator.Core;

namespace Narrator.Text;

/// <summary>Thrown when <see cref="SegmenterOptions"/> are invalid; lists every problem at once.</summary>
public sealed class SegmenterOptionsException : NarratorException
{
    public SegmenterOptionsException(IReadOnlyList<string> errors)
        : base("Invalid segmenter options: " + string.Join(" ", errors), ErrorKind.BadInput)
    {
        Errors = errors;
    }

    public SegmenterOptionsException()
        : this(["unknown problem."])
    {
    }

    public SegmenterOptionsException(string message)
        : this([message])
    {
    }

    public SegmenterOptionsException(string message, Exception inner)
        : base(message, ErrorKind.BadInput, inner)
    {
        Errors = [message];
    }

    /// <summary>One line per problem, each naming the option and what to do.</summary>
    public IReadOnlyList<string> Errors { get; }
}
