using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Narrator.Audio;

namespace Narrator.Cli.Tests.Proof;

/// <summary>
/// The default voice reads a chapter with proof-listening on (pocketsphinx), then three of its sentences are broken in
/// the mastered file, keeping its length: most of one replaced by room tone, one replaced by another sentence's
/// audio, most of one played backwards. <c>narrator proof</c> flags exactly those, at their time ranges, and its
/// page plays each from its start in headless Chromium.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "chromium")]
[Collection(CliSerial.Name)]
public sealed partial class ProofFaultTests : IClassFixture<ProofFaultTests.FaultyRender>
{
    private readonly FaultyRender _render;

    public ProofFaultTests(FaultyRender render) => _render = render;

    [Fact]
    public void Narrate_CleanChapter_FlagsAtMostFivePercent()
    {
        using var report = JsonDocument.Parse(_render.CleanReport);
        var proof = report.RootElement.GetProperty("proof");
        var utterances = proof.GetProperty("utterances").GetInt32();
        Assert.Equal(FaultyRender.Sentences.Length, utterances);
        Assert.True(proof.GetProperty("suspects").GetArrayLength() <= 0.05 * utterances, _render.CleanReport);
    }

    [Fact]
    public void Proof_InjectedFaults_FlagsEachAtItsTimeRange()
    {
        Assert.True(_render.Proof.ExitCode == 1, _render.Proof.Error + _render.Proof.Out);
        using var report = JsonDocument.Parse(_render.Proof.Out);
        var suspects = report.RootElement.GetProperty("suspects").EnumerateArray().ToList();
        Assert.Equal(FaultyRender.Broken.Select(b => FaultyRender.Sentences[b]), suspects.Select(s => s.GetProperty("text").GetString()));
        for (var i = 0; i < suspects.Count; i++)
        {
            var (start, end) = _render.Ranges[FaultyRender.Broken[i]];
            Assert.Equal(start, suspects[i].GetProperty("start").GetDouble(), 3);
            Assert.Equal(end, suspects[i].GetProperty("end").GetDouble(), 3);
        }
    }

    [Fact]
    public void ProofPage_InHeadlessChromium_HasNoConsoleErrorsAndEachPlayerSeeksToItsUtterance()
    {
        var check = Path.Combine(_render.Out, "check.html");
        File.WriteAllText(check, """
            <!DOCTYPE html><html><body><iframe id="page" src="proof.html"></iframe><pre id="players">waiting</pre>
            <script>
            var frame = document.getElementById('page');
            frame.onload = function () {
              var players = frame.contentDocument.querySelectorAll('audio[data-start]'), tries = 0;
              var done = function () {
                document.getElementById('players').textContent = Array.prototype.map.call(players, function (p) { return p.dataset.start + '=' + p.currentTime.toFixed(3); }).join(';');
              };
              var wait = function () {
                var loaded = Array.prototype.every.call(players, function (p) { return p.readyState >= 1; });
                if (loaded || ++tries > 100) { setTimeout(done, 300); } else { setTimeout(wait, 100); }
              };
              wait();
            };
            </script></body></html>
            """);

        var (dom, console) = HeadlessChromium.Open(check);

        Assert.Empty(console);
        var players = Players().Match(dom);
        Assert.True(players.Success, dom);
        var seeks = players.Groups[1].Value.Split(';').Select(p => p.Split('=').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(FaultyRender.Broken.Length, seeks.Count);
        Assert.All(seeks, s => Assert.True(Math.Abs(s[0] - s[1]) < 0.05, $"the player meant to start at {s[0]} s is at {s[1]} s"));
    }

    [GeneratedRegex("<pre id=\"players\">([^<]*)</pre>")]
    private static partial Regex Players();

    /// <summary>The chapter rendered once, broken, and proof-listened, for all the tests above.</summary>
    public sealed class FaultyRender : IDisposable
    {
        public static readonly string[] Sentences =
        [
            "The old keeper climbed the stairs to the lamp room every evening.",
            "He counted every step, as he had done for forty years.",
            "At the top, the great lamp waited for him in the dark.",
            "The wind had risen by nightfall, and the sea was grey and angry below the rocks.",
            "A ship was coming in from the north with its lights burning low.",
            "He lit the lamp and watched the beam sweep slowly across the water.",
            "His daughter brought him bread and cheese and a pot of strong tea.",
            "They sat together by the window and said nothing for a long time.",
            "Then the ship turned toward the harbour and was safe.",
        ];

        /// <summary>The sentences broken: by room tone, by another sentence's audio, played backwards.</summary>
        public static readonly int[] Broken = [1, 4, 6];

        private readonly string _folder = Directory.CreateTempSubdirectory("narrator proof faults-").FullName;

        public FaultyRender()
        {
            var book = Path.Combine(_folder, "faults.md");
            File.WriteAllText(book, $"# Faults\n\n## One\n\n{string.Join(' ', Sentences[..3])}\n\n{string.Join(' ', Sentences[3..6])}\n\n{string.Join(' ', Sentences[6..])}\n");
            var voice = Path.Combine(Fixtures.RepositoryRoot, "voices", "default");
            var narrate = CliRun.RunAsync("narrate", book, "--voice", voice, "--out", Out, "--no-mp3", "--no-m4b", "--no-chapter-titles").GetAwaiter().GetResult();
            Assert.True(narrate.ExitCode == 0, narrate.Error);
            CleanReport = File.ReadAllText(Path.Combine(Out, "report.json"));

            using var timings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "timings", "01 - One.json")));
            var rate = timings.RootElement.GetProperty("sampleRate").GetInt32();
            var samples = timings.RootElement.GetProperty("utterances").EnumerateArray().Select(u => (Start: u.GetProperty("start").GetInt64(), End: u.GetProperty("end").GetInt64())).ToList();
            Ranges = samples.Select(s => ((double)s.Start / rate, (double)s.End / rate)).ToList();
            Break(Path.Combine(Out, "chapters", "01 - One.flac"), samples);
            Proof = CliRun.RunAsync("proof", Out, "--json").GetAwaiter().GetResult();
        }

        public string Out => Path.Combine(_folder, "out");

        public string CleanReport { get; }

        /// <summary>Each sentence's time range in the chapter file, in seconds.</summary>
        public List<(double Start, double End)> Ranges { get; }

        internal CliRun Proof { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private void Break(string flac, List<(long Start, long End)> sentences)
        {
            var (audio, rate) = AudioDecoder.Read(flac);
            var tone = audio[..(int)sentences[0].Start];
            (int From, int To) Middle(int i) => ((int)(sentences[i].Start + ((sentences[i].End - sentences[i].Start) / 5)), (int)(sentences[i].End - ((sentences[i].End - sentences[i].Start) / 5)));

            var (from, to) = Middle(Broken[0]);
            for (var s = from; s < to; s++)
            {
                audio[s] = tone[(s - from) % tone.Length];
            }

            var (start, end) = ((int)sentences[Broken[1]].Start, (int)sentences[Broken[1]].End);
            var other = audio[(int)sentences[7].Start..(int)sentences[7].End];
            for (var s = start; s < end; s++)
            {
                audio[s] = s - start < other.Length ? other[s - start] : tone[(s - start) % tone.Length];
            }

            (from, to) = Middle(Broken[2]);
            Array.Reverse(audio, from, to - from);

            var wav = Path.Combine(_folder, "broken.wav");
            WavFile.WriteAsync(wav, audio, rate).GetAwaiter().GetResult();
            var encode = Process.Start(new ProcessStartInfo("ffmpeg", ["-v", "error", "-y", "-i", wav, "-c:a", "flac", flac]))!;
            encode.WaitForExit();
            Assert.Equal(0, encode.ExitCode);
        }
    }
}
