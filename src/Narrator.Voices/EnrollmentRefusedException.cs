using Narrator.Core;

namespace Narrator.Voices;

/// <summary>Enrollment refused: the reason, and the QA reports measured so far (for printing their figures).</summary>
public sealed class EnrollmentRefusedException : NarratorException
{
    /// <summary>Enrollment refused as <paramref name="message"/> says, with the QA report of every recording in <paramref name="reports"/>.</summary>
    public EnrollmentRefusedException(string message, IReadOnlyList<QaReport> reports)
        : base(message, ErrorKind.BadInput)
    {
        Reports = reports;
    }

    /// <summary>Enrollment refused, no detail.</summary>
    public EnrollmentRefusedException()
        : this("Enrollment refused.", [])
    {
    }

    /// <summary>Enrollment refused as <paramref name="message"/> says.</summary>
    public EnrollmentRefusedException(string message)
        : this(message, [])
    {
    }

    /// <summary>Enrollment refused as <paramref name="message"/> says, caused by <paramref name="inner"/>.</summary>
    public EnrollmentRefusedException(string message, Exception inner)
        : base(message, ErrorKind.BadInput, inner)
    {
        Reports = [];
    }

    /// <summary>The QA report of every recording checked (the failing ones say why); empty when none was checked.</summary>
    public IReadOnlyList<QaReport> Reports { get; }
}
