namespace Narrator.Core.Processes;

/// <summary>Feeding a program's standard input failed (the program ended early, or the writer threw); the run's result says how the program ended.</summary>
public sealed class ChildInputException : Exception
{
    public ChildInputException(ChildResult result, Exception inner)
        : base(inner?.Message, inner)
    {
        Result = result;
    }

    public ChildInputException()
        : this(new ChildResult(-1, string.Empty, string.Empty), new IOException("no input"))
    {
    }

    public ChildInputException(string message)
        : base(message)
    {
        Result = new ChildResult(-1, string.Empty, string.Empty);
    }

    public ChildInputException(string message, Exception inner)
        : base(message, inner)
    {
        Result = new ChildResult(-1, string.Empty, string.Empty);
    }

    public ChildResult Result { get; }
}
