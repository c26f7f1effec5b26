using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Narrator.Audio;
using Narrator.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// The server on a real loopback port and Debian's headless Chromium driven through chromedriver (both
/// from apt; the driver's path is given, so Selenium Manager never downloads one), its microphone a real
/// CMU ARCTIC recording (bdl reading prompt arctic_a0001, which the take QA scores at a word error rate of about 44 %, well inside its 65 % limit; slt's reading of it sits at the limit) that Chromium's fake capture device plays.
/// One per test class: starting Chromium costs seconds. A subclass sets up another server or microphone.
/// </summary>
public class StudioBrowser : IAsyncLifetime, IDisposable
{
    public const string Recording = "speech/cmu_arctic/bdl/arctic_a0001.flac";

    // The fake device plays the file from the start each time the page opens the microphone: silence, the prompt, silence.
    private const double LeadSeconds = 1;
    private const double TailSeconds = 3;

    private readonly string _folder = TestServerHost.NewFolder();
    private WebApplication? _app;
    private ChromeDriver? _driver;

    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("The browser did not start.");

    public string Url { get; private set; } = string.Empty;

    /// <summary>How long to record so that the whole prompt is in the take.</summary>
    public TimeSpan PromptLength { get; private set; }

    public string Folder => _folder;

    public static bool Available => File.Exists(ChromiumPath) && File.Exists(DriverPath) && File.Exists(SharedData.Path(Recording));

    private static string ChromiumPath => "/usr/bin/chromium";

    private static string DriverPath => "/usr/bin/chromedriver";

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _app = SpeechServer.Build(Configure(TestServerHost.OptionsFor(_folder, "http://127.0.0.1:0")), ConfigureHost);
        await _app.StartAsync();
        Url = _app.Urls.Single().TrimEnd('/');

        var microphone = Path.Combine(_folder, "microphone.wav");
        PromptLength = await WriteMicrophoneAsync(microphone);

        var chrome = new ChromeOptions { BinaryLocation = ChromiumPath };
        chrome.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,860",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + microphone,
            "--user-data-dir=" + Path.Combine(_folder, "chromium"));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _driver = new ChromeDriver(service, chrome, TimeSpan.FromSeconds(60));
    }

    /// <summary>The server's options (by default the test host's: the tiny bundle, the short script).</summary>
    protected virtual SpeechServerOptions Configure(SpeechServerOptions options) => options;

    /// <summary>Settings of the server's web host beyond its options.</summary>
    protected virtual void ConfigureHost(IWebHostBuilder host)
    {
    }

    /// <summary>Writes the file the fake microphone plays; returns how long to record so that a take holds the whole prompt.</summary>
    protected virtual async Task<TimeSpan> WriteMicrophoneAsync(string path)
    {
        var (samples, rate) = AudioSinks.ReadWhole(AudioDecoder.Stream, SharedData.Path(Recording));
        await WavFile.WriteAsync(path, Pad(samples, rate, LeadSeconds, TailSeconds), rate);
        return TimeSpan.FromSeconds(LeadSeconds + (samples.Length / (double)rate) + 0.6);
    }

    /// <summary><paramref name="samples"/> with <paramref name="lead"/> seconds of silence before and <paramref name="tail"/> after.</summary>
    protected static float[] Pad(float[] samples, int rate, double lead, double tail)
    {
        var padded = new float[(int)(rate * lead) + samples.Length + (int)(rate * tail)];
        samples.CopyTo(padded, (int)(rate * lead));
        return padded;
    }

    public void Open(string page) => Driver.Navigate().GoToUrl($"{Url}/studio/{page}");

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    /// <summary>Waits until <paramref name="condition"/> holds, failing with what the page says when it does not in time.</summary>
    public void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        try
        {
            new WebDriverWait(Driver, timeout) { PollingInterval = TimeSpan.FromMilliseconds(200) }.Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"{what} did not happen in {timeout.TotalSeconds:0} s; the page says: {Driver.FindElement(By.TagName("main")).Text}");
        }
    }

    /// <summary>Records with the fake microphone for <paramref name="length"/> (the file plays from its start each time), then waits for the check.</summary>
    public void Record(string start, string stop, string state, TimeSpan length)
    {
        Find(start).Click();
        WaitUntil(() => Find(state).Text.StartsWith("Recording", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "Opening the microphone");
        Thread.Sleep(length);
        Find(stop).Click();
        WaitUntil(() => Find(state).Text != "Checking the recording…" && !Find(state).Text.StartsWith("Recording", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "The recording's upload");
    }

    /// <summary>Saves a screenshot of the page when <c>NARRATOR_STUDIO_SCREENSHOTS</c> names a folder (how docs/studio-*.png are made).</summary>
    public void Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("NARRATOR_STUDIO_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }

    public void Dispose()
    {
        _driver?.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
