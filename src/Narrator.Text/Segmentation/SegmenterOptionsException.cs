using Narrator.Core;

namespace Narrator.Text;

/// <summary>Thrown when <see cref="SegmenterOptions"/> are invalid; lists every problem at once.</summary>
public sealed class SegmenterOptionsException : NarratorException
{
    /// <summary>Invalid options, each problem in <paramref name="errors"/> (one sentence each), all of them in the message.</summary>
    public SegmenterOptionsException(IReadOnlyList<string> errors)
        : base("Invalid segmenter options: " + string.Join(" ", errors), ErrorKind.BadInput)
    {
        Errors = errors;
    }

    /// <summary>Invalid options, problem unknown.</summary>
    public SegmenterOptionsException()
        : this(["unknown problem."])
    {
    }

    /// <summary>Invalid options, with the one problem <paramref name="message"/>.</summary>
    public SegmenterOptionsException(string message)
        : this([message])
    {
    }

    /// <summary>Invalid options, with the one problem <paramref name="message"/> caused by <paramref name="inner"/>.</summary>
    public SegmenterOptionsException(string message, Exception inner)
        : base(message, ErrorKind.BadInput, inner)
    {
        Errors = [message];
    }

    /// <summary>One line per problem, each naming the option and what to do.</summary>
    public IReadOnlyList<string> Errors { get; }
}
