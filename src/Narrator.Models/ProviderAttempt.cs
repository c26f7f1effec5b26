namespace Narrator.Models;

/// <summary>One try of an execution provider when a model loaded: which, and why it failed if it did.</summary>
/// <param name="Provider">"CUDA" or "CPU".</param>
/// <param name="Succeeded">Whether the session was created with it.</param>
/// <param name="Failure">One-line reason when it failed, else null.</param>
public sealed record ProviderAttempt(string Provider, bool Succeeded, string? Failure)
{
    /// <summary>"CUDA: ok", or the provider and its failure.</summary>
    public override string ToString() => Succeeded ? $"{Provider}: ok" : $"{Provider}: {Failure}";
}
