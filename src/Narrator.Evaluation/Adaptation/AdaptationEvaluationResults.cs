using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>What <c>evaluate adaptation</c> measured for one speaker left out of the base bundle.</summary>
public sealed class AdaptationEvaluationResults(string bundle, string speaker, int sentences)
{
    public string Bundle { get; } = bundle;

    public string Speaker { get; } = speaker;

    /// <summary>Held-out prompts each condition speaks.</summary>
    public int Sentences { get; } = sentences;

    /// <summary>The speaker's own recordings of the held-out prompts, as a reference for every figure.</summary>
    public required LikenessFigures Natural { get; init; }

    public List<LikenessFigures> Conditions { get; } = [];
}

/// <summary>
/// One way of speaking as the speaker (natural recordings, zero-shot, adapted on N takes): word errors on
/// the held-out prompts, encoder cosine to the speaker's natural held-out recordings, and the highest
/// cosine to any other speaker's natural recordings (<see cref="Margin"/> is the difference).
/// For the natural recordings, "own" compares the odd and the even held-out prompts' recordings.
/// </summary>
public sealed record LikenessFigures(string Condition, int Takes, double SpeechMinutes, int Steps, double TrainingMinutes, WordErrors Errors, double OwnCosine, double OtherCosine, string ClosestOther)
{
    public double Margin => OwnCosine - OtherCosine;
}
