namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class TextCommandTests
{
    [Fact]
    public async Task Normalize_Argument_PrintsSpokenForm()
    {
        var run = await CliRun.RunAsync("text", "normalize", "Dr. Smith paid $3.50 on 4 July 1776.");

        Assert.Equal(0, run.ExitCode);
        var spoken = run.Out.ToLowerInvariant();
        Assert.Contains("doctor", spoken, StringComparison.Ordinal);
        Assert.Contains("three dollars", spoken, StringComparison.Ordinal);
        Assert.Contains("seventeen seventy", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("$", spoken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalize_Stdin_PrintsOneLinePerInputLine()
    {
        var run = await CliRun.RunWithInputAsync("It is 10 o'clock.\n\nHenry VIII had 6 wives.\n", "text", "normalize");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.OutLines.Length);
        Assert.Equal(string.Empty, run.OutLines[1]);
        Assert.Contains("henry the eighth", run.OutLines[2].ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phonemes_Lexicon_PrintsArpabetPerSentence()
    {
        var run = await CliRun.RunAsync("text", "phonemes", "Hello there. Good night.");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutLines.Length);
        Assert.StartsWith("HH AH0 L OW1", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phonemes_Espeak_PrintsIpa()
    {
        var run = await CliRun.RunAsync("text", "phonemes", "Hello world.", "--phonemizer", "espeak");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wˈɜːld", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phonemes_UnknownPhonemizer_IsAUsageError()
    {
        var run = await CliRun.RunAsync("text", "phonemes", "Hello", "--phonemizer", "klingon");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("klingon", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phonemes_WithLexicon_PreviewsItsPronunciationsAndAliases()
    {
        var folder = Directory.CreateTempSubdirectory("narrator lexicon-");
        var lexicon = Path.Combine(folder.FullName, "names.txt");
        await File.WriteAllTextAsync(lexicon, "tomato  T AH0 M AA1 T OW0\nNarrator  =narr ay tor\n");

        var plain = await CliRun.RunAsync("text", "phonemes", "A tomato for Narrator.");
        var previewed = await CliRun.RunAsync("text", "phonemes", "A tomato for Narrator.", "--lexicon", lexicon);

        Assert.Equal(0, previewed.ExitCode);
        Assert.Contains("T AH0 M EY1 T OW1", plain.Out, StringComparison.Ordinal);
        Assert.Contains("T AH0 M AA1 T OW0", previewed.Out, StringComparison.Ordinal);
        Assert.Contains("N AA1 R | EY1 | T AO1 R", previewed.Out, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Phonemes_MissingLexicon_ExitsTwoNamingIt()
    {
        var run = await CliRun.RunAsync("text", "phonemes", "Hello.", "--lexicon", "/no/such/names.pls");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/names.pls: no such lexicon file", run.Error, StringComparison.Ordinal);
    }
}
