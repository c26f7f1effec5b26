using Narrator.Core;

namespace Narrator.Voices;

/// <summary>Enrollment refused: the reason, and the QA reports measured so far (for printing their figures).</summary>
public sealed class EnrollmentRefusedException : NarratorException
{
    public EnrollmentRefusedException(string message, IReadOnlyList<QaReport> reports)
        : base(message, ErrorKind.BadInput)
    {
        Reports = reports;
    }

    public EnrollmentRefusedException()
        : this("Enrollment refused.", [])
    {
    }

    public EnrollmentRefusedException(string message)
        : this(message, [])
    {
    }

    public EnrollmentRefusedException(string message, Exception inner)
        : base(message, ErrorKind.BadInput, inner)
    {
        Reports = [];
    }

    public IReadOnlyList<QaReport> Reports { get; }
}
