using System.Globalization;
using System.Text;
using System.Text.Json;
using Narrator.Evaluation;

namespace Narrator.Cli.Commands;

/// <summary>Prints <see cref="TextEvaluationResults"/> as a table (with the misses, if asked) or as JSON.</summary>
internal static class TextEvaluationReport
{
    public static async Task WriteAsync(CliConsole console, TextEvaluationResults results, string voice, bool failures, bool json)
    {
        var text = json ? Json(results, voice, failures) : Table(results, voice, failures);
        await console.Out.WriteLineAsync(text).ConfigureAwait(false);
    }

    private static string Json(TextEvaluationResults results, string voice, bool failures)
    {
        static object Figures(TextCategoryFigures f) => new { category = f.Category, items = f.Items, correct = f.Correct, accuracy = f.Accuracy };
        var report = new
        {
            list = results.List,
            voice,
            categories = results.Categories.Select(Figures),
            overall = Figures(results.Overall),
            misses = failures ? results.Misses.Select(m => new { line = m.Item.Line, category = m.Item.Category, sentence = m.Item.Sentence, expected = m.Item.Expected.Readings, got = m.Got }) : null,
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }

    private static string Table(TextEvaluationResults results, string voice, bool failures)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{results.List}, read as voice {voice} reads it:");
        text.AppendLine(c, $"{"category",-14} {"items",5} {"correct",7} {"accuracy",8}");
        foreach (var f in results.Categories.Append(results.Overall))
        {
            text.AppendLine(c, $"{f.Category,-14} {f.Items,5} {f.Correct,7} {f.Accuracy * 100,7:0.0}%");
        }

        if (failures)
        {
            foreach (var miss in results.Misses)
            {
                text.AppendLine();
                text.AppendLine(c, $"line {miss.Item.Line} [{miss.Item.Category}] {miss.Item.Sentence}");
                text.AppendLine(c, $"  expected: {string.Join(" || ", miss.Item.Expected.Readings)}");
                text.AppendLine(c, $"  got:      {miss.Got}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
