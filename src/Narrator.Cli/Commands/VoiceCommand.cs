using System.CommandLine;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator voice</c>: enroll, inspect, verify and remove voices in the user's voice store.</summary>
internal static class VoiceCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("voice", "Enrolled voices: consent, enrollment, adaptation, listing, verification and removal.");
        command.Subcommands.Add(VoiceEnrollCommand.ConsentText(console));
        command.Subcommands.Add(VoiceScriptCommand.Create(console));
        command.Subcommands.Add(VoiceEnrollCommand.Enroll(console));
        command.Subcommands.Add(VoiceTrainCommand.Create(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(Verify(console));
        command.Subcommands.Add(Remove(console));
        command.Subcommands.Add(Revoke(console));
        command.Subcommands.Add(VoicePackageCommands.Export(console));
        command.Subcommands.Add(VoicePackageCommands.Import(console));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var store = VoiceStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the voices as JSON." };
        var command = new Command("list", "List enrolled voices (from the store) and stock voices (shipped).") { store, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var enrolled = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store))).List();
            var stock = VoiceResolver.StockVoices(VoiceResolver.DefaultStockFolder);
            if (parsed.GetValue(json))
            {
                var rows = enrolled.Select(v => new { id = v.Id, kind = "enrolled", name = v.DisplayName, uses = v.Consent?.Uses, publisher = v.Consent?.Publisher, expires = v.Consent?.Expires })
                    .Concat(stock.Select(v => new { id = v.Name, kind = "stock", name = v.Name, uses = (IReadOnlyList<string>?)null, publisher = (string?)null, expires = (DateOnly?)null }));
                await console.Out.WriteLineAsync(VoiceJson.Serialize(rows)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var voice in enrolled)
            {
                await console.Out.WriteLineAsync($"{voice.Id}\tenrolled\t{voice.DisplayName}\t{string.Join(',', voice.Consent?.Uses ?? [])}").ConfigureAwait(false);
            }

            foreach (var voice in stock)
            {
                var what = voice.Speaker is null ? string.Empty : $"\tspeaker of {Path.GetFileName(voice.Path)}";
                await console.Out.WriteLineAsync($"{voice.Name}\tstock{what}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The enrolled voice's id." };
        var store = VoiceStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print voice.json as it is stored." };
        var command = new Command("show", "Show an enrolled voice: its bundle, whether it is adapted (and how alike it sounds), references with their QA figures, and consent.") { id, store, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voice = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store))).Get(parsed.GetValue(id)!);
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(voice.ToJson()).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var lines = new List<string> { $"{voice.Id}: {voice.DisplayName}", $"bundle: {voice.Bundle.Path}", $"encoder: {voice.Embedding.EncoderId}" };
            lines.Add(voice.Adaptation is { } a
                ? $"adapted: {VoiceTrainCommand.Describe(a)}"
                : voice.References.Any(r => r.PromptText is not null)
                    ? $"adapted: no; it speaks through the base model steered by its embedding (run 'narrator voice train {voice.Id}')"
                    : "adapted: no; enrolled from plain references (enroll script takes with --recordings to adapt it)");
            lines.AddRange(voice.References.Select(r => $"reference {r.File}: {r.Qa.Figures()}"));
            if (voice.Consent is { } c)
            {
                lines.Add($"consent: granted by {c.GrantedBy} to {c.Publisher} for {string.Join(", ", c.Uses)} on {c.Granted:yyyy-MM-dd}, expires {(c.Expires is { } e ? e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "never")}");
                lines.Add($"statement: {c.StatementVerified.ToString().ToLowerInvariant()} ({c.StatementCheckDetail})");
                lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"speaker similarity: {c.SpeakerSimilarity:0.000} (threshold {c.SpeakerThreshold:0.000})"));
            }

            foreach (var line in lines)
            {
                await console.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The enrolled voice's id." };
        var store = VoiceStoreOption.Create();
        var command = new Command("verify", "Check an enrolled voice's file hashes and consent (exit 0: verified, 1: not).") { id, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voices = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store)));
            var voice = voices.Get(parsed.GetValue(id)!);
            var problems = ConsentPolicy.Problems(voices, voice, null, null, DateOnly.FromDateTime(DateTime.Now));
            foreach (var problem in problems)
            {
                await console.Out.WriteLineAsync($"{voice.Id}: {problem}").ConfigureAwait(false);
            }

            // The statement check is recorded, not enforced (consent on paper is allowed): say so rather than a bare "verified".
            var statement = voice.Consent is { StatementVerified: not StatementCheck.Verified } consent
                ? $" (the consent recording's words were not checked: {consent.StatementCheckDetail})"
                : "";
            await console.Out.WriteLineAsync(problems.Count == 0 ? $"{voice.Id}: verified{statement}" : $"{voice.Id}: NOT verified").ConfigureAwait(false);
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }

    private static Command Remove(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The enrolled voice's id." };
        var store = VoiceStoreOption.Create();
        var command = new Command("remove", "Delete an enrolled voice with its references and consent recording.") { id, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voices = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store)));
            voices.Remove(parsed.GetValue(id)!);
            await console.Out.WriteLineAsync($"Removed {parsed.GetValue(id)} from {voices.Folder}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console)
    {
        var id = new Argument<string?>("id") { Description = "The enrolled voice whose consent is withdrawn.", Arity = ArgumentArity.ZeroOrOne };
        var consentId = new Option<string?>("--consent-id") { Description = "Revoke a consent record by its id (as 'voice show' prints it), e.g. one revoked on another machine whose voice was exported here.", HelpName = "id" };
        var store = VoiceStoreOption.Create();
        var publish = new Option<string?>("--publish") { Description = "Also add the consent to this revocation list file [default: the list the voice was exported with (voice export --revocation-list), when it is a file].", HelpName = "file" };
        var command = new Command("revoke", "Withdraw a voice's consent: the store's revocation list stops every voice with that consent record, here and in any copy imported later; copies exported with --revocation-list stop wherever they read that list.") { id, consentId, publish, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voices = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store)));
            var record = parsed.GetValue(id) is { } voice ? voices.Get(voice) : null;
            var revoked = record?.Consent?.Id ?? parsed.GetValue(consentId)
                ?? throw new Narrator.Core.NarratorException("Name the voice to revoke, or give --consent-id.");
            voices.Revoke(revoked);
            await console.Out.WriteLineAsync($"Revoked consent {revoked}{(record is null ? string.Empty : $" of {record.Id}")} in {voices.Folder}.").ConfigureAwait(false);
            var list = parsed.GetValue(publish) ?? record?.RevocationList;
            if (list is not null && list.Contains("://", StringComparison.Ordinal))
            {
                await console.Out.WriteLineAsync($"Add the line {revoked} to the file served at {list}: stores that imported the voice refuse it once they read it.").ConfigureAwait(false);
            }
            else if (list is not null)
            {
                PublishedRevocations.Publish(list, revoked);
                await console.Out.WriteLineAsync($"Published it in {list}: every store that imported the voice with that list refuses it from its next use.").ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteLineAsync($"Stores this voice was exported to without a revocation list need 'narrator voice revoke --consent-id {revoked}'.").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
