using Narrator.Core;
using System.Globalization;
using Narrator.Synthesis.Embeddings;

namespace Narrator.Voices;

/// <summary>Enrolls a cloned voice: references pass QA, the consent speaker matches them, the statement names the speaker and is heard.</summary>
public sealed class VoiceEnroller
{
    private readonly ISpeakerEmbedder _embedder;
    private readonly BundleInfo _bundle;
    private readonly IStatementRecognizer? _recognizer;
    private readonly Func<string, (float[] Samples, int SampleRate)> _read;

    public VoiceEnroller(ISpeakerEmbedder embedder, BundleInfo bundle, Func<string, (float[] Samples, int SampleRate)> read, IStatementRecognizer? recognizer = null)
    {
        _embedder = embedder;
        _bundle = bundle;
        _read = read;
        _recognizer = recognizer;
    }

    public EnrollmentResult Enroll(EnrollmentRequest request, VoiceStore store, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        if (!ConsentStatement.NamesSpeaker(request.Statement, request.Name))
        {
            throw new EnrollmentRefusedException($"The consent statement does not name the speaker '{request.Name}': it must say who consents, e.g. \"{ConsentStatement.Text(request.Name, request.Publisher, request.Uses)}\"", []);
        }

        if (request.References.Count == 0)
        {
            throw new EnrollmentRefusedException("Give at least one reference recording of the speaker.", []);
        }

        var reports = request.References.Select(path => ReferenceQa.Analyze(path, _read)).ToList();
        if (reports.FirstOrDefault(r => !r.Passed) is { } rejected)
        {
            throw new EnrollmentRefusedException($"{rejected.File}: {rejected.Rejection} [{rejected.Figures()}].", reports);
        }

        var embeddings = request.References.Select(Embed).ToList();
        if (ReferenceQa.CheckSet(reports, embeddings, request.SpeakerThreshold) is { } setProblem)
        {
            throw new EnrollmentRefusedException($"References refused: {setProblem}.", reports);
        }

        var mean = SpeakerEmbedding.Average(embeddings);
        var (consentSamples, consentRate) = ReadConsent(request.ConsentRecording, reports);
        var similarity = _embedder.Embed(request.ConsentRecording, consentSamples, consentRate).Similarity(mean);
        if (similarity < request.SpeakerThreshold)
        {
            throw new EnrollmentRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"{request.ConsentRecording}: the consent speaker does not match the references (similarity {similarity:0.000} < threshold {request.SpeakerThreshold:0.000}); the person in the references must record the consent."), reports);
        }

        var (check, detail) = CheckStatement(request, consentSamples, consentRate, reports);
        var warnings = new List<string>();
        var total = reports.Sum(r => r.SpeechSeconds);
        if (total < Thresholds.RecommendedSpeechSeconds)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"only {total:0.0} s of speech in the references; {Thresholds.RecommendedSpeechSeconds:0} s or more clones better"));
        }

        var id = store.NewId(request.Name);
        var consentFile = "consent" + Path.GetExtension(request.ConsentRecording).ToLowerInvariant();
        var folder = store.Commit(id, temporary =>
        {
            var references = Directory.CreateDirectory(Path.Combine(temporary, VoiceRecord.ReferencesFolder)).FullName;
            var entries = new List<ReferenceEntry>();
            for (var i = 0; i < request.References.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{i + 1:00}-{Path.GetFileName(request.References[i])}");
                File.Copy(request.References[i], Path.Combine(references, name));
                entries.Add(new ReferenceEntry(name, Sha256Hex.File(Path.Combine(references, name)), reports[i].SpeechSeconds, reports[i]));
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
                    StatementVerified = check,
                    StatementCheckDetail = detail,
                    GrantedBy = request.Name,
                    Publisher = request.Publisher,
                    Uses = request.Uses,
                    Granted = today,
                    Expires = request.Expires,
                    SpeakerSimilarity = similarity,
                    SpeakerThreshold = request.SpeakerThreshold,
                    EncoderId = mean.EncoderId,
                },
            };
            File.WriteAllText(Path.Combine(temporary, VoiceRecord.FileName), record.ToJson());
        });
        return new EnrollmentResult(store.Get(id), folder, reports, warnings);
    }

    private SpeakerEmbedding Embed(string path)
    {
        var (samples, rate) = _read(path);
        return _embedder.Embed(path, samples, rate);
    }

    private (float[] Samples, int SampleRate) ReadConsent(string path, IReadOnlyList<QaReport> reports)
    {
        var report = ReferenceQa.Analyze(path, _read);
        if (report.Rejection is { } reason && report.SampleRate == 0)
        {
            throw new EnrollmentRefusedException($"{path}: the consent recording is an {reason}.", reports);
        }

        return _read(path);
    }

    private (StatementCheck Check, string Detail) CheckStatement(EnrollmentRequest request, float[] samples, int rate, IReadOnlyList<QaReport> reports)
    {
        if (request.UnverifiedStatement)
        {
            return (StatementCheck.Skipped, "skipped on request (--unverified-statement)");
        }

        if (_recognizer is null)
        {
            return (StatementCheck.Unverified, "no speech recognizer configured");
        }

        var transcript = _recognizer.Transcribe(samples, rate, out var unavailable);
        if (transcript is null)
        {
            return (StatementCheck.Unverified, unavailable);
        }

        var share = ConsentStatement.RecognizedShare(request.Statement, transcript);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{_recognizer.Name}: {share:P0} of the statement's words recognized (at least {request.StatementThreshold:P0}); heard \"{transcript}\"");
        return share >= request.StatementThreshold
            ? (StatementCheck.Verified, detail)
            : throw new EnrollmentRefusedException($"{request.ConsentRecording}: the recording does not say the consent statement: {detail}. Record the statement again, clearly, or pass --unverified-statement to skip the check (the record will say so).", reports);
    }
}
