namespace Narrator.Voices;

/// <summary>
/// Mean encoder cosine between the voice's embedding (its recordings) and synthesis of held-out
/// script prompts, which no take reads: with the adapted model, and with the base model steered by
/// the embedding alone (zero-shot), so the gain is visible.
/// </summary>
public sealed record AdaptationLikeness(double Adapted, double ZeroShot, int Sentences);
