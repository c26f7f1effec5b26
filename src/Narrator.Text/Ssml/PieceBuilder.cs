using System.Text;

namespace Narrator.Text.Ssml;

/// <summary>
/// Gathers text into pieces: text under the same settings joins the open piece; a change of settings,
/// a sentence or paragraph edge, or a break closes it. A break or edge with no text since the last
/// piece lengthens that piece's pause instead (or, at the start, makes a piece of silence).
/// </summary>
internal sealed class PieceBuilder
{
    private readonly List<SsmlPiece> _pieces = [];
    private readonly StringBuilder _text = new();
    private readonly List<SsmlPhoneme> _phonemes = [];
    private PieceSettings? _settings;
    private (int Line, int Column) _start;

    public IReadOnlyList<SsmlPiece> Pieces => _pieces;

    public void Add(string text, PieceSettings settings, (int Line, int Column) where)
    {
        if (_settings is not null && _settings != settings && HasText)
        {
            End(SsmlBoundary.None, null);
        }

        if (!HasText)
        {
            _settings = settings;
            _start = where;
        }

        _text.Append(text);
    }

    public void Pronounce(SsmlPhoneme phoneme) => _phonemes.Add(phoneme);

    public void End(SsmlBoundary boundary, TimeSpan? pause)
    {
        if (HasText)
        {
            var settings = _settings!;
            _pieces.Add(new SsmlPiece(_text.ToString().Trim(), settings.Prosody, settings.Voice, [.. _phonemes], boundary, pause, _start.Line, _start.Column));
        }
        else if (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            _pieces[^1] = last with { Boundary = boundary > last.Boundary ? boundary : last.Boundary, Break = pause ?? last.Break };
        }
        else if (pause is not null)
        {
            _pieces.Add(new SsmlPiece(string.Empty, SsmlProsody.Neutral, null, [], SsmlBoundary.None, pause, _start.Line, _start.Column));
        }

        _text.Clear();
        _phonemes.Clear();
        _settings = null;
    }

    private bool HasText => _text.ToString().Trim().Length > 0;
}
