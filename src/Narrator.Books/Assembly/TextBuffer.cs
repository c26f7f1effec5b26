using System.Text;

namespace Narrator.Books.Assembly;

/// <summary>
/// Collects the text of one block with whitespace collapsed as it arrives (linear in the input),
/// the pronunciation hints that cover parts of it and the passages given to a voice of their own.
/// </summary>
internal sealed class TextBuffer
{
    private readonly StringBuilder _text = new();
    private readonly List<PronunciationHint> _hints = [];
    private readonly List<VoiceDirection> _voices = [];
    private bool _pendingSpace;
    private string? _language;
    private bool _languageSeen;
    private bool _mixedLanguages;

    public int Line { get; private set; }

    public bool IsEmpty => _text.Length == 0;

    /// <summary>
    /// Adds text, declared (by <c>xml:lang</c>/<c>lang</c>) to be in <paramref name="language"/> when not null, and to be
    /// read by <paramref name="voice"/> when not null.
    /// </summary>
    public void Append(string text, int line, string? language = null, string? voice = null)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                _mixedLanguages |= _languageSeen && !string.Equals(_language, language, StringComparison.OrdinalIgnoreCase);
                _language = language;
                _languageSeen = true;
            }

            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (c is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (_text.Length == 0)
            {
                Line = line;
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }

            _pendingSpace = false;
            _text.Append(c);
            Voice(voice);
        }
    }

    /// <summary>Gives the character just appended to <paramref name="voice"/>, extending the passage before it when it is the same voice's.</summary>
    private void Voice(string? voice)
    {
        if (voice is null)
        {
            return;
        }

        var at = _text.Length - 1;
        if (_voices.Count > 0 && _voices[^1] is { } last && last.Voice == voice && last.Start + last.Length >= at - 1)
        {
            _voices[^1] = last with { Length = at + 1 - last.Start };
        }
        else
        {
            _voices.Add(new VoiceDirection(at, 1, voice));
        }
    }

    public void Space() => _pendingSpace = _text.Length > 0;

    /// <summary>Where the next visible character will land.</summary>
    public int Mark => _text.Length + (_pendingSpace ? 1 : 0);

    public void AddHint(int start, string phonemes, string alphabet)
    {
        var end = _text.Length;
        if (start < end && !string.IsNullOrWhiteSpace(phonemes))
        {
            _hints.Add(new PronunciationHint(start, end - start, phonemes.Trim(), alphabet));
        }
    }

    /// <summary>The block collected so far (null when there is no text), and a fresh start.</summary>
    public Block? Take(BlockKind kind, string file)
    {
        if (_text.Length == 0)
        {
            Clear();
            return null;
        }

        var text = _text.ToString();
        if (kind == BlockKind.Paragraph)
        {
            kind = Paragraphs.KindOf(text);
        }

        var block = new Block(kind, text, new SourceLocation(file, Line)) { Hints = [.. _hints], Voices = [.. _voices], Language = _mixedLanguages ? null : _language };
        Clear();
        return block;
    }

    private void Clear()
    {
        _text.Clear();
        _hints.Clear();
        _voices.Clear();
        _pendingSpace = false;
        _language = null;
        _languageSeen = false;
        _mixedLanguages = false;
    }
}
