using Narrator.Rendering.Encoding;

namespace Narrator.Rendering.Tests.Encoding;

public sealed class LevelReportTests
{
    [Fact]
    public void Check_QuietFileWithHissAndStereo_ListsEachFailure()
    {
        var report = new LevelReport(-24.1, -2.5, -55, TimeSpan.FromSeconds(10), 48000, 2);

        var check = report.Check();

        Assert.False(check.Passes);
        Assert.Equal(
            ["RMS -24.1 dB is below -23.0 dB", "peak -2.5 dB is above -3.0 dB", "noise floor -55.0 dB is above -60.0 dB", "sample rate 48000 Hz is not 44100 Hz", "2 channels, not 1"],
            check.Failures);
    }

    [Fact]
    public void Check_DigitalSilenceHead_NoiseFloorPasses()
    {
        var report = new LevelReport(-20, -4, double.NegativeInfinity, TimeSpan.FromSeconds(10), 44100, 1);

        Assert.True(report.Check().Passes);
    }

    [Fact]
    public void AstatsParser_OverallBlock_ReadsValuesIgnoringChannelBlocks()
    {
        const string stderr = "[Parsed_astats_0 @ 0x1] Channel: 1\n[Parsed_astats_0 @ 0x1] RMS level dB: -30.5\n"
            + "[Parsed_astats_0 @ 0x1] Overall\n[Parsed_astats_0 @ 0x1] Peak level dB: -inf\n[Parsed_astats_0 @ 0x1] RMS level dB: -20.25\n"
            + "[Parsed_astats_0 @ 0x1] Number of samples: 88200\n";

        var values = AstatsParser.Overall(stderr);

        Assert.Equal(-20.25, values["RMS level dB"]);
        Assert.Equal(double.NegativeInfinity, values["Peak level dB"]);
        Assert.Equal(88200, values["Number of samples"]);
    }

    [Fact]
    public void FfMetadata_Escape_MarksSpecialCharacters()
    {
        Assert.Equal("a\\=b\\;c\\#d\\\\e\\\nf", FfMetadata.Escape("a=b;c#d\\e\r\nf"));
    }
}
