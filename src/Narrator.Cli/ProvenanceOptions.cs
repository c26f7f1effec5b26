using System.CommandLine;
using Narrator.Core;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Cli;

/// <summary><c>--provenance-cert</c> and <c>--provenance-key</c>: the publisher's key that signs the C2PA manifest in every file written.</summary>
internal sealed class ProvenanceOptions
{
    public Option<string?> Certificate { get; } = new("--provenance-cert")
    {
        Description = "The publisher's signing certificate (PEM; intermediates may follow it) for the C2PA manifest embedded in every file. [default: a development key made once in ~/.config/narrator/provenance, labelled as one]",
        HelpName = "file",
    };

    public Option<string?> Key { get; } = new("--provenance-key")
    {
        Description = "The private key of --provenance-cert (PEM, unencrypted).",
        HelpName = "file",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Certificate);
        command.Options.Add(Key);
    }

    /// <summary>The publisher's credential, or null when neither option is given (the development key signs).</summary>
    /// <exception cref="NarratorException">Only one of the two options is given, or a file cannot be read.</exception>
    public SigningCredential? Publisher(ParseResult parsed) => (parsed.GetValue(Certificate), parsed.GetValue(Key)) switch
    {
        (null, null) => null,
        ({ } certificate, { } key) => SigningCredential.FromPemFiles(certificate, key),
        (null, _) => throw new NarratorException("--provenance-key needs --provenance-cert: give the publisher's certificate and its private key together."),
        (_, null) => throw new NarratorException("--provenance-cert needs --provenance-key: give the publisher's certificate and its private key together."),
    };
}
