namespace Narrator.Evaluation;

/// <summary>What <see cref="EncoderEvaluation"/> measured: trials over segments of the held-out readers' clips.</summary>
/// <param name="Skipped">Segments with too little speech for the encoder.</param>
/// <param name="TargetMean">Mean cosine of same-reader pairs.</param>
/// <param name="NonTargetMean">Mean cosine of different-reader pairs.</param>
public sealed record EncoderFigures(string EncoderId, int Readers, int Segments, int Skipped, double SegmentSeconds, EqualErrorRate Eer, double TargetMean, double NonTargetMean);
