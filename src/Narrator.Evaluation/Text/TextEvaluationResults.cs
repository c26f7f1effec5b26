namespace Narrator.Evaluation;

/// <summary>How one item was read: <see cref="Got"/> is the spoken words, or the target's phones.</summary>
public sealed record TextItemResult(TextTestItem Item, bool Correct, string Got);

/// <summary>Items and correct readings of one category (or of the whole list).</summary>
public sealed record TextCategoryFigures(string Category, int Items, int Correct)
{
    public double Accuracy => Items == 0 ? double.NaN : (double)Correct / Items;
}

/// <summary>What <see cref="TextEvaluation"/> measured over a <see cref="TextTestList"/>.</summary>
public sealed class TextEvaluationResults
{
    public TextEvaluationResults(string list, IReadOnlyList<TextItemResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        List = list;
        Results = results;
        Categories = results.GroupBy(r => r.Item.Category, StringComparer.Ordinal)
            .Select(g => new TextCategoryFigures(g.Key, g.Count(), g.Count(r => r.Correct)))
            .ToList();
        Overall = new TextCategoryFigures("overall", results.Count, results.Count(r => r.Correct));
    }

    /// <summary>The list's source (<see cref="TextTestList.Source"/>).</summary>
    public string List { get; }

    public IReadOnlyList<TextItemResult> Results { get; }

    /// <summary>Per category, in the order categories first appear in the list.</summary>
    public IReadOnlyList<TextCategoryFigures> Categories { get; }

    public TextCategoryFigures Overall { get; }

    public IEnumerable<TextItemResult> Misses => Results.Where(r => !r.Correct);
}
