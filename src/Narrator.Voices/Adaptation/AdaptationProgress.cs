namespace Narrator.Voices;

/// <summary>One progress report of <see cref="VoiceTrainer"/>: steps done, the recent mean loss, time used and the budget.</summary>
public sealed record AdaptationProgress(string Stage, int Step, int Steps, double? Loss, TimeSpan Elapsed, TimeSpan Budget)
{
    /// <summary>The time left: the budget's remainder, or less when the remaining steps will finish sooner at the pace so far.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var budgetLeft = Budget - Elapsed;
            if (Step <= 0 || Elapsed <= TimeSpan.Zero)
            {
                return budgetLeft;
            }

            var pace = Elapsed / Step * (Steps - Step);
            return pace < budgetLeft ? pace : budgetLeft < TimeSpan.Zero ? TimeSpan.Zero : budgetLeft;
        }
    }
}
