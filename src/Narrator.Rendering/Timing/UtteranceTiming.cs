namespace Narrator.Rendering.Timing;

/// <summary>
/// One utterance (a sentence, or a clause of a long one) of a chapter: what it says, where that text comes from in
/// the manuscript, and the samples [<see cref="Start"/>, <see cref="End"/>) of file <see cref="Part"/> that speak it.
/// </summary>
public sealed class UtteranceTiming
{
    /// <summary>Position in the chapter, from 0.</summary>
    public int Index { get; set; }

    /// <summary>"title" (a part or chapter title read first), "text" (from a block of the chapter) or "credits".</summary>
    public string Kind { get; set; } = UtteranceKind.Text;

    /// <summary>The utterance's text as the manuscript has it.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The file the text comes from (the manuscript, or an entry inside an EPUB); null for credits.</summary>
    public string? File { get; set; }

    /// <summary>The 1-based line of <see cref="File"/> where the block starts.</summary>
    public int? Line { get; set; }

    /// <summary>The block of the chapter (index among its blocks, from 0) the text comes from; null for titles and credits.</summary>
    public int? Block { get; set; }

    /// <summary>Where the text starts in the block's text (UTF-16 code units).</summary>
    public int? Offset { get; set; }

    /// <summary>The text's length in the block's text.</summary>
    public int? Length { get; set; }

    /// <summary>
    /// The voice that reads it (<see cref="Synthesis.Voices.IVoice.Name"/>, e.g. "narrator-default/slt"): the narrator's,
    /// or the one a cast or an inline direction gave the passage. Null in timings made before voices were recorded.
    /// </summary>
    public string? Voice { get; set; }

    /// <summary>The file of the chapter that holds the utterance, from 1.</summary>
    public int Part { get; set; } = 1;

    /// <summary>First sample of the utterance in its file.</summary>
    public long Start { get; set; }

    /// <summary>One past its last sample.</summary>
    public long End { get; set; }

    /// <summary>What proof-listening heard; null when the chapter was not proof-listened.</summary>
    public Proof.ProofResult? Proof { get; set; }
}
