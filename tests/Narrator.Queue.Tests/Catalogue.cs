using Narrator.Books;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Queue.Catalogue;
using Narrator.Queue.Status;
using Narrator.Queue.Worker;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Queue.Tests;

/// <summary>A scratch shared folder with short Markdown books, the tiny test voice, and workers run in this process.</summary>
internal sealed class Catalogue : IDisposable
{
    public static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");

    private readonly string _scratch = Directory.CreateTempSubdirectory("narrator-queue-").FullName;

    public Catalogue(string connectionString)
    {
        Directory.CreateDirectory(Shared);
        Settings = new QueueSettings
        {
            ConnectionString = connectionString,
            InvisibilityTimeout = TimeSpan.FromSeconds(5),
            PollInterval = TimeSpan.FromMilliseconds(200),
            Attempts = 1,
            RetryDelays = [1],
        };
    }

    public QueueSettings Settings { get; set; }

    public string Shared => Path.Combine(_scratch, "shared folder");

    public string Manuscripts => Path.Combine(_scratch, "manuscripts");

    public List<string> Log { get; } = [];

    public VoiceGate Gate() => VoiceGate.Create(new VoiceGateOptions
    {
        StoreFolder = Path.Combine(_scratch, "store"),
        Execution = new ExecutionOptions { Device = ExecutionDevice.Cpu },
        Recognizer = null,
    });

    /// <summary>A Markdown book titled <paramref name="title"/> with one chapter per text, "One", "Two", ….</summary>
    public string Book(string name, string title, params string[] chapters)
    {
        Directory.CreateDirectory(Manuscripts);
        var path = Path.Combine(Manuscripts, name + ".md");
        var names = new[] { "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight" };
        File.WriteAllText(path, $"# {title}\n\n" + string.Join("\n\n", chapters.Select((text, i) => $"## {names[i]}\n\n{text}")) + "\n");
        return path;
    }

    public Task<IReadOnlyList<SubmittedBook>> SubmitAsync(params string[] manuscripts) =>
        CatalogueQueue.SubmitAsync(Settings, CatalogueList.Read(manuscripts), new SubmitOptions { SharedFolder = Shared, Voice = TinyVoice, Gate = Gate() });

    /// <summary>
    /// Runs <paramref name="count"/> workers until the catalogue has nothing left to do (or the time is up), then stops
    /// them (or once <paramref name="until"/> says so). While the database cannot be reached (a test stopped it) the
    /// status is looked at again later.
    /// </summary>
    public async Task<CatalogueProgress> RunWorkersAsync(int count, TimeSpan limit, Action<CatalogueProgress>? whileRunning = null, Func<bool>? until = null)
    {
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(1, count).Select(i => Task.Run(() => QueueWorker.RunAsync(Settings, new WorkerOptions
        {
            Name = $"worker-{i}",
            Gate = Gate(),
            RetryPollInterval = TimeSpan.FromSeconds(1),
            Log = line =>
            {
                lock (Log)
                {
                    Log.Add($"worker-{i}: {line}");
                }
            },
        }, stop.Token))).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        CatalogueProgress progress;
        while (true)
        {
            await Task.Delay(500);
            if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed)
            {
                await failed;
            }

            try
            {
                progress = await CatalogueQueue.StatusAsync(Settings);
            }
            catch (QueueException e) when (e.InnerException is Npgsql.NpgsqlException && clock.Elapsed < limit)
            {
                continue;
            }

            whileRunning?.Invoke(progress);
            var settled = progress.Books.All(b => b.IsFinished || (b.IsParked && b.Running + b.Waiting + b.Retrying == 0 && b.Done + b.Parked == b.Chapters));
            if (settled || until?.Invoke() == true || clock.Elapsed > limit)
            {
                break;
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        return progress;
    }

    /// <summary>The book rendered on one machine by the book pipeline, as <c>narrate --no-proof</c> does, into <paramref name="folder"/>.</summary>
    public static async Task RenderAloneAsync(string manuscript, string folder)
    {
        var book = BookReader.Read(manuscript);
        using var voice = VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });
        using var renderer = BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty.With(book.Lexicon), new RenderSettings { Proof = null });
        await renderer.RenderAsync(book, folder, ChapterSelection.All, new NoProgress());
    }

    /// <summary>
    /// The MD5 of the decoded audio a FLAC file declares in its STREAMINFO block (the encoder computes it over the samples):
    /// equal for two files with the same audio, whatever their other metadata (the signed manifest's time and id differ).
    /// The stream may follow a tag the manifest travels in, so its marker is looked for.
    /// </summary>
    public static string AudioMd5(string flac)
    {
        var bytes = File.ReadAllBytes(flac);
        var start = bytes.AsSpan().IndexOf("fLaC"u8);
        Assert.True(start >= 0, $"{flac}: no FLAC stream");
        Assert.Equal(0, bytes[start + 4] & 0x7F);
        return Convert.ToHexStringLower(bytes.AsSpan(start + 8 + 18, 16));
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private sealed class NoProgress : IRenderProgress
    {
        public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender)
        {
        }

        public void ChapterStarted(PlannedChapter chapter)
        {
        }

        public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio)
        {
        }

        public void ChapterFinished(ChapterResult result)
        {
        }

        public void AssemblingAudiobook()
        {
        }

        public void Warning(string message)
        {
        }
    }
}
