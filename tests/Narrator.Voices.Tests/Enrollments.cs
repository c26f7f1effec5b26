using Narrator.Audio;

namespace Narrator.Voices.Tests;

/// <summary>Arranges an enrollment of "Jane Doe" with speech-like WAVs in a temporary folder.</summary>
internal sealed class Enrollments : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly TempFolder _temp = new();

    public Enrollments()
    {
        Store = VoiceStore.At(_temp.Combine("store"));
        var input = Directory.CreateDirectory(_temp.Combine("input")).FullName;
        References = [Signals.Write(input, "jane1.wav", Signals.Speechlike(8)), Signals.Write(input, "jane2.wav", Signals.Speechlike(8, pitch: 150))];
        Consent = Signals.Write(input, "jane-consent.wav", Signals.Speechlike(4));
        BobConsent = Signals.Write(input, "bob-consent.wav", Signals.Speechlike(4));
        Input = input;
    }

    public VoiceStore Store { get; }

    public string Input { get; }

    public string[] References { get; }

    public string Consent { get; }

    public string BobConsent { get; }

    public static string Statement => ConsentStatement.Text("Jane Doe", "any", ["audiobook", "preview"]);

    public EnrollmentRequest Request(string? consent = null, string? statement = null) => new()
    {
        Name = "Jane Doe",
        ConsentRecording = consent ?? Consent,
        Statement = statement ?? Statement,
        References = References,
        UnverifiedStatement = true,
    };

    public static BundleInfo Bundle { get; } = new("/nonexistent/bundle", "0");

    public static VoiceEnroller Enroller(IStatementRecognizer? recognizer = null) =>
        new(new FakeEmbedder(), Bundle, WavFile.Stream, recognizer);

    public VoiceRecord Import(string package) => VoicePackage.Import(Store, package, new FakeEmbedder(), Bundle, WavFile.Stream, Today);

    public EnrollmentResult Enroll(EnrollmentRequest? request = null) => Enroller().Enroll(request ?? Request(), Store, Today);

    public void Dispose() => _temp.Dispose();
}
