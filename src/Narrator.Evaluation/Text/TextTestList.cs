using System.Globalization;
using Narrator.Core;
using Narrator.Phonemes;

namespace Narrator.Evaluation;

/// <summary>
/// A list of sentences with the reading each should get, one per line:
/// <c>category | sentence | expected words</c> or <c>category | sentence | word =&gt; ARPABET</c>,
/// alternatives separated by <c>||</c>; <c>#</c> starts a comment line. The format is described in
/// the header of the built-in list (<see cref="BuiltIn"/>).
/// </summary>
public sealed class TextTestList
{
    private const string Resource = "Narrator.Evaluation.Text.held-out-sentences.txt";
    private const string Format = "each line is 'category | sentence | expected words' or 'category | sentence | word => ARPABET PHONES', readings separated by ' || '";
    private static readonly HashSet<string> Phones = new(LexiconPhonemizer.Inventory.Where(s => s.Any(char.IsLetter)), StringComparer.Ordinal);

    private TextTestList(string source, IReadOnlyList<TextTestItem> items)
    {
        Source = source;
        Items = items;
    }

    /// <summary>Where the list came from, as messages name it: a file path, or the built-in list's name.</summary>
    public string Source { get; }

    public IReadOnlyList<TextTestItem> Items { get; }

    /// <summary>Narrator's own held-out list (src/Narrator.Evaluation/Text/held-out-sentences.txt).</summary>
    public static TextTestList BuiltIn()
    {
        using var stream = typeof(TextTestList).Assembly.GetManifestResourceStream(Resource)
            ?? throw new NarratorException($"The built-in list '{Resource}' is missing from the assembly.", ErrorKind.Internal);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "held-out-sentences.txt (built in)");
    }

    public static TextTestList FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new NarratorException($"{path}: no such test list file.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a list; a malformed line throws a <see cref="NarratorException"/> naming <paramref name="source"/> and the line.</summary>
    public static TextTestList Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<TextTestItem>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                items.Add(ParseLine(line, i + 1, source));
            }
        }

        if (items.Count == 0)
        {
            throw new NarratorException($"{source}: the list has no items; {Format}.");
        }

        return new TextTestList(source, items);
    }

    private static TextTestItem ParseLine(string line, int number, string source)
    {
        NarratorException Bad(string problem) => new($"{source}:{number.ToString(CultureInfo.InvariantCulture)}: {problem}; {Format}.");

        var fields = line.Split('|', 3, StringSplitOptions.TrimEntries);
        if (fields.Length < 3 || fields.Any(f => f.Length == 0))
        {
            throw Bad("expected three non-empty fields separated by '|'");
        }

        var (category, sentence, expected) = (fields[0], fields[1], fields[2]);
        if (category.Any(char.IsWhiteSpace))
        {
            throw Bad($"the category '{category}' must be one word");
        }

        var arrow = expected.IndexOf("=>", StringComparison.Ordinal);
        if (arrow < 0)
        {
            var readings = Readings(expected, Bad);
            var empty = readings.FirstOrDefault(r => SpokenWords.Of(r).Count == 0);
            return empty is null ? new TextTestItem(category, sentence, new SpokenExpectation(readings), number) : throw Bad($"the reading '{empty}' has no words");
        }

        var (target, occurrence) = Target(expected[..arrow].Trim(), Bad);
        if (TargetWord.Find(sentence, target, occurrence) is null)
        {
            throw Bad($"the word '{target}' does not occur {(occurrence == 1 ? "in" : $"{occurrence} times in")} the sentence");
        }

        var phones = Readings(expected[(arrow + 2)..], Bad).Select(r => PhoneReading(r, Bad)).ToList();
        return new TextTestItem(category, sentence, new PronunciationExpectation(target, occurrence, phones), number);
    }

    private static List<string> Readings(string field, Func<string, NarratorException> bad)
    {
        var readings = field.Split("||", StringSplitOptions.TrimEntries).ToList();
        return readings.Any(r => r.Length == 0) ? throw bad("a reading between '||' is empty") : readings;
    }

    private static (string Target, int Occurrence) Target(string text, Func<string, NarratorException> bad)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var word = hash < 0 ? text : text[..hash];
        if (word.Length == 0 || word.Any(char.IsWhiteSpace))
        {
            throw bad($"the target '{text}' before '=>' must be one word");
        }

        return hash < 0 ? (word, 1)
            : int.TryParse(text[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? (word, n)
            : throw bad($"the occurrence in '{text}' must be a whole number from 1, as in 'lead#2'");
    }

    // Phones separated by spaces, words by '|'; kept in the form `text phonemes` prints.
    private static string PhoneReading(string reading, Func<string, NarratorException> bad)
    {
        var symbols = reading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (symbols.FirstOrDefault(s => s != "|" && !Phones.Contains(s)) is { } unknown)
        {
            throw bad($"'{unknown}' is not an ARPAbet phone with stress (such as AH0, IY1, K)");
        }

        return symbols.Length == 0 || symbols[0] == "|" || symbols[^1] == "|" ? throw bad($"the pronunciation '{reading}' has an empty word")
            : string.Join(' ', symbols);
    }
}
