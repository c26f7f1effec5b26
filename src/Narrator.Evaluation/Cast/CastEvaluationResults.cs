namespace Narrator.Evaluation;

/// <summary>
/// What <c>evaluate cast</c> measured: for every utterance of the rendered chapters, the voice the renderer gave it and
/// the voice of the cast whose reference the speaker encoder finds closest to its audio.
/// </summary>
/// <param name="EncoderId">The speaker encoder that compared them.</param>
/// <param name="Folder">The render folder the audio was cut from.</param>
/// <param name="Voices">The distinct voices of the cast (their names), the narrator's first, and how alike their references are.</param>
/// <param name="Utterances">Every utterance, in chapter order; those with too little speech to embed are there unmeasured.</param>
/// <param name="MinimumSpeechSeconds">Speech an utterance needs to be embedded (the encoder's own minimum).</param>
public sealed record CastEvaluationResults(string EncoderId, string Folder, IReadOnlyList<CastVoiceReference> Voices, IReadOnlyList<CastUtteranceCheck> Utterances, double MinimumSpeechSeconds)
{
    /// <summary>Utterances long enough to embed.</summary>
    public int Measured => Utterances.Count(u => u.Measured);

    /// <summary>Measured utterances whose closest voice is the one they were given.</summary>
    public int Agreeing => Utterances.Count(u => u.Agrees);

    /// <summary>Agreeing over measured (NaN when nothing could be measured).</summary>
    public double Accuracy => Measured == 0 ? double.NaN : (double)Agreeing / Measured;

    /// <summary>Per voice given: utterances measured and agreeing.</summary>
    public IReadOnlyList<(string Voice, int Measured, int Agreeing)> ByVoice =>
        Voices.Select(v => (v.Voice, Utterances.Count(u => u.Measured && u.Assigned == v.Voice), Utterances.Count(u => u.Agrees && u.Assigned == v.Voice))).ToList();
}

/// <summary>A voice of the cast, the seconds of speech its reference passage gave, and the cosine of its reference to the closest other voice's.</summary>
public sealed record CastVoiceReference(string Voice, double ReferenceSeconds, double ClosestOtherCosine);

/// <summary>
/// One utterance: where it is, what it says, the voice the renderer gave it (<see cref="Assigned"/>), the voice whose
/// reference is closest to its audio (<see cref="Closest"/>, null when it has too little speech to embed), and the cosines.
/// </summary>
public sealed record CastUtteranceCheck(int Chapter, int Index, string Kind, string Text, string Assigned, double SpeechSeconds, string? Closest, double AssignedCosine, double ClosestOtherCosine)
{
    public bool Measured => Closest is not null;

    public bool Agrees => Closest is not null && Closest == Assigned;

    /// <summary>Cosine to the assigned voice less the cosine to the closest other voice: above 0 when they agree.</summary>
    public double Margin => AssignedCosine - ClosestOtherCosine;
}
