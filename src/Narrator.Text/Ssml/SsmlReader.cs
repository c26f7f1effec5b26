using System.Xml;
using System.Xml.Linq;

namespace Narrator.Text.Ssml;

/// <summary>Walks an SSML element tree in document order, handing text to <see cref="PieceBuilder"/> under the settings each element sets.</summary>
internal sealed class SsmlReader(string source)
{
    private static readonly XNamespace Xml = XNamespace.Xml;
    private readonly PieceBuilder _pieces = new();
    private readonly List<SsmlWarning> _warnings = [];

    public IReadOnlyList<SsmlPiece> Pieces => _pieces.Pieces;

    public IReadOnlyList<SsmlWarning> Warnings => _warnings;

    public void Read(XElement root)
    {
        if (root.Name.LocalName != "speak")
        {
            throw Error(root, $"the root element is <{root.Name.LocalName}>; an SSML document is one <speak> element.");
        }

        Element(root, new PieceSettings(SsmlProsody.Neutral, null));
        _pieces.End(SsmlBoundary.None, null);
    }

    private void Children(XElement element, PieceSettings settings) => Nodes(element.Nodes(), settings);

    private void Nodes(IEnumerable<XNode> nodes, PieceSettings settings)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    _pieces.Add(text.Value, settings, Where(node));
                    break;
                case XElement child:
                    Element(child, settings);
                    break;
            }
        }
    }

    private void Element(XElement e, PieceSettings settings)
    {
        CheckLanguage(e);
        switch (e.Name.LocalName)
        {
            case "speak" when e.Parent is null:
            case "lang" or "token" or "w":
                Children(e, settings);
                break;
            case "p" or "paragraph":
                Bounded(e, settings, SsmlBoundary.Paragraph);
                break;
            case "s" or "sentence":
                Bounded(e, settings, SsmlBoundary.Sentence);
                break;
            case "break":
                _pieces.End(SsmlBoundary.None, SsmlValues.Break(Attribute(e, "time"), Attribute(e, "strength"), m => Error(e, m)));
                break;
            case "prosody":
                Changed(e, settings with { Prosody = settings.Prosody.Then(SsmlValues.Prosody(e, m => Error(e, m), m => Warn(e, m))) });
                break;
            case "emphasis":
                Changed(e, settings with { Prosody = settings.Prosody.Then(SsmlValues.Emphasis(Attribute(e, "level"), m => Error(e, m))) });
                break;
            case "voice":
                Voice(e, settings);
                break;
            case "say-as":
                SayAsElement(e, settings);
                break;
            case "sub":
                _pieces.Add(Attribute(e, "alias") ?? throw Error(e, "<sub> needs an alias attribute: the text to say."), settings, Where(e));
                break;
            case "phoneme":
                Phoneme(e, settings);
                break;
            case "audio":
                Warn(e, "<audio> is not played: its fallback text, if any, is spoken instead.");
                Nodes(e.Nodes().Where(n => n is not XElement { Name.LocalName: "desc" }), settings);
                break;
            case "mark" or "meta" or "metadata" or "desc":
                break; // nothing to say: marks are not reported, metadata and audio descriptions are not spoken
            case "lexicon":
                Warn(e, "<lexicon> is not loaded: give a pronunciation lexicon with --lexicon (or SynthesisOptions.Pronunciations) instead.");
                break;
            case "lookup":
                Warn(e, "<lookup> is not supported: its text is spoken without the lexicon it names.");
                Children(e, settings);
                break;
            default:
                Warn(e, $"unknown element <{e.Name.LocalName}>: its text is spoken as plain text.");
                Children(e, settings);
                break;
        }
    }

    private void Bounded(XElement e, PieceSettings settings, SsmlBoundary boundary)
    {
        _pieces.End(boundary, null);
        Children(e, settings);
        _pieces.End(boundary, null);
    }

    private void Changed(XElement e, PieceSettings settings)
    {
        _pieces.End(SsmlBoundary.None, null);
        Children(e, settings);
        _pieces.End(SsmlBoundary.None, null);
    }

    private void Voice(XElement e, PieceSettings settings)
    {
        foreach (var ignored in e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name != Xml + "lang" && a.Name.LocalName != "name"))
        {
            Warn(e, $"<voice {ignored.Name.LocalName}> is ignored: Narrator chooses a voice by name only.");
        }

        Changed(e, Attribute(e, "name") is { Length: > 0 } name ? settings with { Voice = name } : settings);
    }

    private void SayAsElement(XElement e, PieceSettings settings)
    {
        var interpretAs = Attribute(e, "interpret-as") ?? throw Error(e, "<say-as> needs an interpret-as attribute.");
        var words = SayAs.Read(e.Value, interpretAs, Attribute(e, "format"), m => Warn(e, m));
        if (!SayAs.IsSpelling(interpretAs))
        {
            _pieces.Add(words, settings, Where(e));
            return;
        }

        // The letter A alone reads as the article ("uh"): a piece of its own says it by name, without
        // changing how "a" is read in the text around it.
        _pieces.End(SsmlBoundary.None, null);
        _pieces.Add(words, settings, Where(e));
        _pieces.Pronounce(new SsmlPhoneme("A", "ipa", "ˈeɪ"));
        _pieces.End(SsmlBoundary.None, null);
    }

    private void Phoneme(XElement e, PieceSettings settings)
    {
        var ph = Attribute(e, "ph") ?? throw Error(e, "<phoneme> needs a ph attribute: the pronunciation.");
        var alphabet = (Attribute(e, "alphabet") ?? "ipa").Trim().ToLowerInvariant();
        _pieces.Add(e.Value, settings, Where(e));
        if (alphabet is "ipa" or "x-arpabet" or "arpabet" && e.Value.Trim().Length > 0)
        {
            _pieces.Pronounce(new SsmlPhoneme(e.Value.Trim(), alphabet == "ipa" ? "ipa" : "x-arpabet", ph.Trim()));
        }
        else
        {
            Warn(e, $"<phoneme alphabet=\"{alphabet}\"> is not supported (ipa and x-arpabet are): the text is read as usual.");
        }
    }

    private void CheckLanguage(XElement e)
    {
        if (e.Attribute(Xml + "lang")?.Value is { } lang && !lang.Equals("en", StringComparison.OrdinalIgnoreCase)
            && !lang.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            Warn(e, $"xml:lang=\"{lang}\" is not English: the text is read by the current voice as English.");
        }
    }

    private static string? Attribute(XElement e, string name) => e.Attribute(name)?.Value;

    private static (int Line, int Column) Where(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private void Warn(XElement e, string message)
    {
        var (line, column) = Where(e);
        _warnings.Add(new SsmlWarning(line, column, message));
    }

    private SsmlException Error(XElement e, string problem)
    {
        var (line, column) = Where(e);
        return new SsmlException(source, line, column, problem);
    }
}
