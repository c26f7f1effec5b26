using Narrator.Audio;
using Narrator.Core;
using System.Globalization;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Enrolls a cloned voice: references pass QA, the consent speaker matches them, the statement names the speaker and is heard.</summary>
public sealed class VoiceEnroller
{
    private readonly ISpeakerEmbedder _embedder;
    private readonly BundleInfo _bundle;
    private readonly IStatementRecognizer? _recognizer;
    private readonly AudioReader _read;

    /// <summary>An enroller that embeds with <paramref name="embedder"/> (the encoder of <paramref name="bundle"/>), decodes with <paramref name="read"/> and hears consent statements with <paramref name="recognizer"/>.</summary>
    public VoiceEnroller(ISpeakerEmbedder embedder, BundleInfo bundle, AudioReader read, IStatementRecognizer? recognizer = null)
    {
        _embedder = embedder;
        _bundle = bundle;
        _read = read;
        _recognizer = recognizer;
    }

    /// <summary>Checks the recordings and the consent of <paramref name="request"/> and, when all pass, writes the voice into <paramref name="store"/>, consent dated <paramref name="today"/>.</summary>
    /// <exception cref="EnrollmentRefusedException">A recording fails QA, the references are not one speaker or hold too little speech, or the consent (speaker, statement, uses, expiry) is refused; the message says which.</exception>
    public EnrollmentResult Enroll(EnrollmentRequest request, VoiceStore store, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        request.Thresholds.Validate();
        if (request.Expires is { } expires && expires < today)
        {
            throw new EnrollmentRefusedException(string.Create(CultureInfo.InvariantCulture, $"--expires {expires:yyyy-MM-dd} is in the past: consent must be valid today or later."), []);
        }

        if (request.Uses.Count == 0)
        {
            throw new EnrollmentRefusedException("Name at least one use the consent covers (audiobook, preview…).", []);
        }

        if (!ConsentStatement.NamesSpeaker(request.Statement, request.Name))
        {
            throw new EnrollmentRefusedException($"The consent statement does not name the speaker '{request.Name}': it must say who consents, e.g. \"{ConsentStatement.Text(request.Name, request.Publisher, request.Uses)}\"", []);
        }

        var (sources, reports, embeddings) = request.Recordings is { } takes ? CheckTakes(takes, request) : CheckReferences(request);
        var mean = SpeakerEmbedding.Average(embeddings);
        ConsentEvidence consent;
        try
        {
            ReadConsent(request.ConsentRecording, reports);
            consent = new ConsentVerifier(_embedder, _read, _recognizer).Verify(request.ConsentRecording, request.Statement, mean, request.Thresholds, request.UnverifiedStatement);
        }
        catch (ConsentRefusedException e)
        {
            throw new EnrollmentRefusedException(e.Message, reports);
        }

        var warnings = new List<string>();
        var total = sources.Sum(s => s.Report.SpeechSeconds);
        if (reports.Count > sources.Count)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{reports.Count - sources.Count} of {reports.Count} files left out (listed above with the reason); enrolled on {sources.Count} takes, {total / 60:0.0} minutes of speech"));
        }

        if (request.Recordings is null && total < Thresholds.RecommendedSpeechSeconds)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"only {total:0.0} s of speech in the references; {Thresholds.RecommendedSpeechSeconds:0} s or more clones better"));
        }

        var id = store.NewId(request.Name);
        var consentFile = "consent" + Path.GetExtension(request.ConsentRecording).ToLowerInvariant();
        var folder = store.Commit(id, temporary =>
        {
            var references = Directory.CreateDirectory(Path.Combine(temporary, VoiceRecord.ReferencesFolder)).FullName;
            var entries = new List<ReferenceEntry>();
            for (var i = 0; i < sources.Count; i++)
            {
                var (path, prompt, report) = sources[i];
                var name = prompt is null ? string.Create(CultureInfo.InvariantCulture, $"{i + 1:00}-{Path.GetFileName(path)}") : Path.GetFileName(path);
                File.Copy(path, Path.Combine(references, name));
                entries.Add(new ReferenceEntry(name, Sha256Hex.File(Path.Combine(references, name)), report.SpeechSeconds, report) { PromptId = prompt?.Id, PromptText = prompt?.Text });
            }

            File.Copy(request.ConsentRecording, Path.Combine(temporary, consentFile));
            var embeddingPath = Path.Combine(temporary, VoiceRecord.EmbeddingFileName);
            mean.SaveAsync(embeddingPath, entries.Select(e => e.File).ToList()).GetAwaiter().GetResult();
            var record = new VoiceRecord
            {
                Id = id,
                DisplayName = request.Name,
                Bundle = _bundle,
                Embedding = new EmbeddingInfo(mean.EncoderId, mean.Vector, Sha256Hex.File(embeddingPath)),
                References = entries,
                Consent = new ConsentRecord
                {
                    Id = Guid.NewGuid().ToString("N"),
                    RecordingFile = consentFile,
                    RecordingSha256 = Sha256Hex.File(Path.Combine(temporary, consentFile)),
                    Statement = request.Statement,
                    StatementVerified = consent.Statement,
                    StatementCheckDetail = consent.StatementDetail,
                    GrantedBy = request.Name,
                    Publisher = request.Publisher,
                    Uses = request.Uses,
                    Granted = today,
                    Expires = request.Expires,
                    SpeakerSimilarity = consent.SpeakerSimilarity,
                    SpeakerThreshold = request.Thresholds.Speaker,
                    EncoderId = mean.EncoderId,
                },
            };
            File.WriteAllText(Path.Combine(temporary, VoiceRecord.FileName), store.Sign(record).ToJson());
        });
        return new EnrollmentResult(store.Get(id), folder, reports, warnings);
    }

    private (List<(string Path, ScriptPrompt? Prompt, QaReport Report)> Sources, List<QaReport> Reports, List<SpeakerEmbedding> Embeddings) CheckReferences(EnrollmentRequest request)
    {
        if (request.References.Count == 0)
        {
            throw new EnrollmentRefusedException("Give at least one reference recording of the speaker, or a folder of script takes (--recordings).", []);
        }

        var reports = request.References.Select(path => ReferenceQa.Analyze(path, _read)).ToList();
        if (reports.FirstOrDefault(r => !r.Passed) is { } rejected)
        {
            throw new EnrollmentRefusedException($"{rejected.File}: {rejected.Rejection} [{rejected.Figures()}].", reports);
        }

        var embeddings = request.References.Select(Embed).ToList();
        if (ReferenceQa.CheckSet(reports, embeddings, request.Thresholds.Speaker) is { } setProblem)
        {
            throw new EnrollmentRefusedException($"References refused: {setProblem}.", reports);
        }

        return (request.References.Select((path, i) => (path, (ScriptPrompt?)null, reports[i])).ToList(), reports, embeddings);
    }

    private (List<(string Path, ScriptPrompt? Prompt, QaReport Report)> Sources, List<QaReport> Reports, List<SpeakerEmbedding> Embeddings) CheckTakes(RecordingFolder folder, EnrollmentRequest request)
    {
        if (request.References.Count > 0)
        {
            throw new EnrollmentRefusedException("Give reference recordings or a folder of script takes (--recordings), not both.", []);
        }

        var (reports, good) = TakeSelection.Select(folder, request.Thresholds.Speaker, take => TakeQa.Check(take, _read, _recognizer), EmbedTake);
        return (good.Select(g => (g.Take.Path, (ScriptPrompt?)g.Take.Prompt, g.Report)).ToList(), reports, good.Select(g => g.Embedding).OfType<SpeakerEmbedding>().ToList());
    }

    // A short take ("Yes, sir.") holds less speech than the encoder needs on its own: it is kept for
    // its words, but neither compared with the other takes nor part of the voice's embedding.
    private SpeakerEmbedding? EmbedTake(string path)
    {
        var (samples, rate) = ReadRecorded(path);
        return ReferenceRecording.SpeechSeconds(samples, rate) < _embedder.MinimumSpeechSeconds ? null : _embedder.Embed(path, samples, rate);
    }

    private SpeakerEmbedding Embed(string path) => SyntheticSpeech.EmbedRecorded(path, _read, _embedder);

    // A take of a person, never Narrator's own synthesis (its watermark is checked); takes are short and read whole.
    private (float[] Samples, int Rate) ReadRecorded(string path)
    {
        var (samples, rate) = AudioSinks.ReadWhole(_read, path);
        SyntheticSpeech.Refuse(path, samples, rate);
        return (samples, rate);
    }

    private void ReadConsent(string path, IReadOnlyList<QaReport> reports)
    {
        var report = ReferenceQa.Analyze(path, _read);
        if (report.Rejection is { } reason && report.SampleRate == 0)
        {
            throw new EnrollmentRefusedException($"{path}: the consent recording is an {reason}.", reports);
        }
    }
}
