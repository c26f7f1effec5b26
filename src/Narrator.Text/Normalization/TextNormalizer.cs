using Narrator.Core;
using Narrator.Text.Normalization;

namespace Narrator.Text;

/// <summary>
/// Turns English text into the words a narrator says: numbers, dates, times, currency, units,
/// abbreviations, Roman numerals, acronyms, URLs and symbols are expanded; every spoken token
/// keeps the range of the source characters it was read from. Thread-safe; no I/O.
/// </summary>
public sealed class TextNormalizer
{
    private readonly NormalizerOptions options;
    private readonly INormalizationRule[] rules;

    /// <summary>A normalizer with <paramref name="options"/> (<see cref="NormalizerOptions.Default"/> when null), reusable for any number of texts.</summary>
    public TextNormalizer(NormalizerOptions? options = null)
    {
        this.options = options ?? NormalizerOptions.Default;
        rules =
        [
            new UrlEmailRule(),
            new DateRule(),
            new TimeRule(),
            new RatioRule(),
            new CurrencyRule(),
            new UnitRule(),
            new VersionRule(),
            new NumberRule(),
            new RomanNumeralRule(),
            new AbbreviationRule(),
            new AcronymRule(this.options.PronounceableAcronyms, this.options.ReadsAsWord),
            new PerUnitRule(),
            new SymbolRule(),
        ];
    }

    /// <summary>The spoken form of <paramref name="text"/>: numbers, dates, times, currency, units, abbreviations, symbols and URLs written out as words, each token keeping its range in <paramref name="text"/>.</summary>
    /// <param name="text">Source text, one paragraph or heading.</param>
    /// <param name="context">Where the text stands: a heading reads Roman numerals as numbers ("Chapter XIV"); body text does not.</param>
    public NormalizedText Normalize(string text, TextContext context = TextContext.Body)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new TokenStream(text, Tokenizer.Tokenize(text), context, options);
        var output = new List<SpokenToken>();
        var i = 0;
        while (i < stream.Count)
        {
            if (stream.Is(i, TokenKind.Space))
            {
                i++;
                continue;
            }

            var match = Read(stream, i);
            var range = stream[i].Range.Union(stream[i + match.Count - 1].Range);
            foreach (var piece in match.Pieces)
            {
                Emit(output, piece, piece.Source ?? range);
            }

            i += match.Count;
        }

        return new NormalizedText(text, output);
    }

    private RuleMatch Read(TokenStream stream, int index)
    {
        foreach (var rule in rules)
        {
            var match = rule.TryRead(stream, index);
            if (match is not null && match.Count > 0)
            {
                return match;
            }
        }

        var token = stream[index];
        return token.Kind == TokenKind.Word ? RuleMatch.Words(1, token.Text) : RuleMatch.Nothing(1);
    }

    private static void Emit(List<SpokenToken> output, SpokenPiece piece, SourceRange range)
    {
        if (piece.Kind == SpokenTokenKind.Punctuation)
        {
            // One mark per pause ("?!" or ", —" keep the first); no pause before the first word.
            if (output.Count == 0 || output[^1].Kind == SpokenTokenKind.Punctuation)
            {
                return;
            }

            output.Add(new SpokenToken(piece.Text, range, SpokenTokenKind.Punctuation));
            return;
        }

        foreach (var word in piece.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            output.Add(new SpokenToken(word, range, SpokenTokenKind.Word));
        }
    }
}
