using System.Globalization;

namespace Narrator.Voices;

/// <summary>
/// The similarity and statement thresholds a consent is checked at. Lower than the calibrated values
/// (<see cref="Thresholds"/>) they would let another person's recording pass, so they are refused.
/// </summary>
public sealed record ConsentThresholds
{
    /// <summary>The calibrated thresholds (<see cref="Thresholds.SameSpeaker"/>, <see cref="Thresholds.StatementWordsRecognized"/>).</summary>
    public static ConsentThresholds Calibrated { get; } = new();

    /// <summary>Minimum cosine similarity between the consent speaker and the voice's speaker (and among references).</summary>
    public double Speaker { get; init; } = Thresholds.SameSpeaker;

    /// <summary>Minimum share of the statement's words the recognizer hears.</summary>
    public double Statement { get; init; } = Thresholds.StatementWordsRecognized;

    /// <summary>Throws <see cref="VoiceException"/> naming every threshold out of range.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        var uncalibrated = ConsentTesting.AllowsUncalibratedThresholds;
        if (double.IsNaN(Speaker) || Speaker > 1 || (Speaker < Thresholds.SameSpeaker && !uncalibrated))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the speaker similarity threshold must be from the calibrated {Thresholds.SameSpeaker:0.000} up to 1, not {Speaker}"));
        }

        if (double.IsNaN(Statement) || Statement > 1 || (Statement < Thresholds.StatementWordsRecognized && !uncalibrated))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the statement threshold must be from the calibrated {Thresholds.StatementWordsRecognized:0.00} up to 1, not {Statement}"));
        }

        if (problems.Count > 0)
        {
            throw new VoiceException(string.Join("; ", problems) + ".");
        }
    }
}
