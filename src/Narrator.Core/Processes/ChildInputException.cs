namespace Narrator.Core.Processes;

/// <summary>Feeding a program's standard input failed (the program ended early, or the writer threw); the run's result says how the program ended.</summary>
public sealed class ChildInputException : Exception
{
    /// <summary>Writing the input failed with <paramref name="inner"/>; <paramref name="result"/> is how the program ended.</summary>
    public ChildInputException(ChildResult result, Exception inner)
        : base(inner?.Message, inner)
    {
        Result = result;
    }

    /// <summary>Writing the input failed, no detail; <see cref="Result"/> is an empty run with exit code -1.</summary>
    public ChildInputException()
        : this(new ChildResult(-1, string.Empty, string.Empty), new IOException("no input"))
    {
    }

    /// <summary>Writing the input failed as <paramref name="message"/> says; <see cref="Result"/> is an empty run with exit code -1.</summary>
    public ChildInputException(string message)
        : base(message)
    {
        Result = new ChildResult(-1, string.Empty, string.Empty);
    }

    /// <summary>Writing the input failed as <paramref name="message"/> says, caused by <paramref name="inner"/>; <see cref="Result"/> is an empty run with exit code -1.</summary>
    public ChildInputException(string message, Exception inner)
        : base(message, inner)
    {
        Result = new ChildResult(-1, string.Empty, string.Empty);
    }

    /// <summary>How the program ended: its exit code and standard error.</summary>
    public ChildResult Result { get; }
}
