namespace Narrator.Rendering.Encoding;

/// <summary>The outcome of checking a file's levels against <see cref="AcxLimits"/>: each failure in words.</summary>
public sealed record AcxCheck(IReadOnlyList<string> Failures)
{
    public bool Passes => Failures.Count == 0;

    public override string ToString() => Passes ? "meets ACX requirements" : string.Join("; ", Failures);
}
