namespace Narrator.Voices;

/// <summary>Whether the consent recording was heard saying the statement.</summary>
public enum StatementCheck
{
    /// <summary>A recognizer heard enough of the statement's words.</summary>
    Verified,

    /// <summary>No recognizer was available; the reason is recorded.</summary>
    Unverified,

    /// <summary>The enroller skipped the check explicitly (<c>--unverified-statement</c>).</summary>
    Skipped,
}
