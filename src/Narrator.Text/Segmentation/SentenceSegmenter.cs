using Narrator.Core;

namespace Narrator.Text;

/// <summary>
/// Splits source text into utterances: sentences, and clauses of sentences longer than
/// <see cref="SegmenterOptions.MaxUtteranceLength"/>. Every non-whitespace character of the
/// input lands in exactly one utterance; ranges are ordered and do not overlap.
/// </summary>
public sealed class SentenceSegmenter
{
    private readonly SentenceScanner scanner;
    private readonly ClauseSplitter splitter;

    /// <exception cref="SegmenterOptionsException">The options are invalid (all problems listed).</exception>
    public SentenceSegmenter(SegmenterOptions? options = null)
    {
        Options = options ?? SegmenterOptions.Default;
        var errors = Options.FindErrors();
        if (errors.Count > 0)
        {
            throw new SegmenterOptionsException(errors);
        }

        scanner = new SentenceScanner(new AbbreviationRules(Options.Abbreviations));
        splitter = new ClauseSplitter(Options.MaxUtteranceLength);
    }

    /// <summary>The options this segmenter was made with, already validated.</summary>
    public SegmenterOptions Options { get; }

    /// <summary>The utterances of <paramref name="text"/> in order; empty for blank text.</summary>
    public IReadOnlyList<Utterance> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utterances = new List<Utterance>();
        var pieces = new List<SourceRange>();
        foreach (var paragraph in ParagraphScanner.Find(text))
        {
            var sentences = scanner.Find(text, paragraph);
            for (var i = 0; i < sentences.Count; i++)
            {
                var end = i == sentences.Count - 1 ? UtteranceBoundary.Paragraph : UtteranceBoundary.Sentence;
                pieces.Clear();
                splitter.Split(text, sentences[i], pieces);
                for (var k = 0; k < pieces.Count; k++)
                {
                    var boundary = k == pieces.Count - 1 ? end : UtteranceBoundary.Clause;
                    var range = pieces[k];
                    utterances.Add(new Utterance(text.Substring(range.Start, range.Length), range, boundary));
                }
            }
        }

        return utterances;
    }
}
