using System.Diagnostics;
using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary>kill -9 in the middle of a render, then the same command again, as a publisher would.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(CliSerial.Name)]
public sealed class KillAndResumeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator kill-").FullName;

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Narrate_KilledAfterTheFirstChapter_FinishesWithoutRedoingIt()
    {
        // Every encode of the first run waits a second, so the kill lands while chapter 2 renders.
        using (var first = Start(SlowFfmpeg()))
        {
            await WaitForDoneChaptersAsync(1, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        Assert.True(Done(Path.Combine(Out, "render.json")) < 3, "the kill came after the render had finished");
        Assert.False(File.Exists(Path.Combine(Out, "The Lighthouse.m4b")), "the kill came after the audiobook was assembled");

        var firstChapter = Path.Combine(Out, "chapters", "01 - The Keeper.flac");
        Assert.True(File.Exists(firstChapter));
        var written = File.GetLastWriteTimeUtc(firstChapter);

        using var second = Start();
        var output = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(firstChapter));
        Assert.Contains("current", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out, "*.partial*", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(Out, "The Lighthouse.m4b")));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "report.json")));
        var chapters = report.RootElement.GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal(3, chapters.Count);
        Assert.False(chapters[0].GetProperty("renderedNow").GetBoolean());
        var files = Directory.GetFiles(Out, "*.flac", SearchOption.AllDirectories).Concat(Directory.GetFiles(Out, "*.mp3", SearchOption.AllDirectories)).Append(Path.Combine(Out, "The Lighthouse.m4b")).ToList();
        Assert.Equal(4, files.Count); // three chapters (no MP3s here) and the audiobook
        Assert.All(files, f => Assert.Equal(Synthesis.Provenance.ProvenanceStatus.Valid, Synthesis.Provenance.EmbeddedProvenance.Verify(f).Status));
    }

    [Fact]
    public async Task Narrate_KilledWhileFfmpegRuns_FfmpegEndsToo()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Fail("this test reads process states from /proc (Linux)");
            return;
        }

        var pidFile = Path.Combine(_folder, "ffmpeg.pid");
        var fake = Path.Combine(_folder, "ffmpeg");
        File.WriteAllText(fake, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 120\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        int child;
        using (var narrator = Start(fake))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
            {
                Assert.False(narrator.HasExited || DateTime.UtcNow > deadline, "narrate never started ffmpeg.");
                await Task.Delay(50);
            }

            child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Alive(child), "the fake ffmpeg should be running while narrate waits for it");
            narrator.Kill(entireProcessTree: false);
            await narrator.WaitForExitAsync();
        }

        var gone = DateTime.UtcNow.AddSeconds(10);
        while (Alive(child) && DateTime.UtcNow < gone)
        {
            await Task.Delay(100);
        }

        Assert.False(Alive(child), $"ffmpeg (pid {child}) kept running after narrate was killed");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Running, not a zombie waiting for a parent that does not reap it.</summary>
    private static bool Alive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].Split(' ')[0] != "Z";
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>An ffmpeg (with its ffprobe beside it) that waits a second before doing the real work.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string SlowFfmpeg()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "slow tools")).FullName;
        foreach (var (tool, delay) in new[] { ("ffmpeg", "sleep 1\n"), ("ffprobe", string.Empty) })
        {
            var path = Path.Combine(folder, tool);
            File.WriteAllText(path, $"#!/bin/sh\n{delay}exec {tool} \"$@\"\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path.Combine(folder, "ffmpeg");
    }

    private Process Start(string? ffmpeg = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (ffmpeg is not null)
        {
            start.Environment["NARRATOR_FFMPEG"] = ffmpeg;
        }

        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "narrator.dll"), "narrate", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--voice", Fixtures.TinyVoice, "--out", Out, "--no-mp3", "--no-proof" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitForDoneChaptersAsync(int count, Process process)
    {
        var state = Path.Combine(Out, "render.json");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(state) && Done(state) >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"render.json never showed {count} finished chapter(s); the process {(process.HasExited ? "exited" : "was still running")}.");
    }

    private static int Done(string state)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(state));
            return json.RootElement.GetProperty("chapters").EnumerateArray().Count(c => c.GetProperty("status").GetString() == "done");
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return 0; // read while being replaced: try again
        }
    }
}
