namespace Narrator.Rendering.Encoding;

/// <summary>The outcome of checking a file's levels against <see cref="AcxLimits"/>: each failure in words.</summary>
public sealed record AcxCheck(IReadOnlyList<string> Failures)
{
    /// <summary>Whether no limit was broken.</summary>
    public bool Passes => Failures.Count == 0;

    /// <summary>"meets ACX requirements", or the broken limits separated by semicolons.</summary>
    public override string ToString() => Passes ? "meets ACX requirements" : string.Join("; ", Failures);
}
