namespace Narrator.Core;

/// <summary>What kind of failure an exception reports; the CLI maps each to an exit code.</summary>
public enum ErrorKind
{
    /// <summary>The caller's input is wrong: a bad file, a bad option, text that cannot be read.</summary>
    BadInput,

    /// <summary>A policy refused the request (for example a voice without valid consent).</summary>
    Refused,

    /// <summary>Something inside Narrator or its native components failed.</summary>
    Internal,
}
