using System.CommandLine;
using Narrator.Audio;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator voice export</c> and <c>narrator voice import</c>: a voice as one .narrator-voice zip.</summary>
internal static class VoicePackageCommands
{
    public static Command Export(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The enrolled voice's id." };
        var output = new Option<string>("--out", "-o") { Description = "The package to write (.narrator-voice).", Required = true, HelpName = "file" };
        var revocations = new Option<string?>("--revocation-list") { Description = "Where you will publish withdrawn consents ('voice revoke' adds to it): a file in a folder every importer reads (shared or synced), or an http(s) URL serving that file. Every store that imports the voice checks it whenever the voice is opened.", HelpName = "file|url" };
        var store = VoiceStoreOption.Create();
        var command = new Command("export", "Write an enrolled voice, its references and consent recording to one file.") { id, output, revocations, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            VoicePackage.Export(VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store))), parsed.GetValue(id)!, parsed.GetValue(output)!, parsed.GetValue(revocations));
            await console.Out.WriteLineAsync($"Wrote {parsed.GetValue(output)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Import(CliConsole console)
    {
        var package = new Argument<string>("package") { Description = "A .narrator-voice file made by 'voice export'." };
        var bundle = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle the voice will run on; its encoder must be the one the voice was enrolled with. [default: the default stock voice]", HelpName = "bundle" };
        var store = VoiceStoreOption.Create();
        var command = new Command("import", "Add a voice package to the store after checking it as enrollment does (hashes, consent speaker, watermark, expiry, revocations); a taken id gets a new slug.") { package, bundle, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voices = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store)));
            using var embedder = BundleEmbedder.FromDirectory(VoiceEnrollCommand.BundleFolder(parsed.GetValue(bundle)));
            var record = VoicePackage.Import(voices, parsed.GetValue(package)!, embedder, AudioDecoder.Stream, DateOnly.FromDateTime(DateTime.Now));
            await console.Out.WriteLineAsync($"Imported {record.Id} into {voices.Folder}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
