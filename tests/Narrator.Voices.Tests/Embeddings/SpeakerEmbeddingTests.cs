using Narrator.Core;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices.Tests;

public sealed class SpeakerEmbeddingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator embedding-").FullName;

    [Fact]
    public void Average_UnitVectors_IsUnitLengthBetweenThem()
    {
        var mean = SpeakerEmbedding.Average([new("e", [1, 0]), new("e", [0, 1])]);

        Assert.Equal(1.0, Math.Sqrt(mean.Vector.Sum(v => v * v)), 5);
        Assert.Equal(mean.Vector[0], mean.Vector[1], 5);
    }

    [Fact]
    public void Similarity_OtherEncoder_IsRefused()
    {
        var error = Assert.Throws<NarratorException>(() => new SpeakerEmbedding("a", [1, 0]).Similarity(new SpeakerEmbedding("b", [1, 0])));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_ThenLoad_RoundTrips()
    {
        var path = Path.Combine(_folder, "jane.json");
        var embedding = new SpeakerEmbedding("enc-1", [0.6f, 0.8f]);

        await embedding.SaveAsync(path, ["a.wav"]);
        var loaded = SpeakerEmbedding.Load(path);

        Assert.Equal("enc-1", loaded.EncoderId);
        Assert.Equal(embedding.Vector, loaded.Vector);
    }

    [Fact]
    public void Load_NotAnEmbedding_NamesTheFile()
    {
        var path = Path.Combine(_folder, "other.json");
        File.WriteAllText(path, "{\"format\": \"something-else\"}");

        var error = Assert.Throws<NarratorException>(() => SpeakerEmbedding.Load(path));

        Assert.Contains("other.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8000, 3.0, "8000 Hz")]
    [InlineData(16000, 0.2, "0.2 s of speech")]
    [InlineData(22050, 0.0, "is silent")]
    public void Check_BadReference_SaysWhatIsWrong(int rate, double toneSeconds, string expected)
    {
        var samples = new float[rate * 3];
        for (var i = 0; i < (int)(toneSeconds * rate); i++)
        {
            samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 220 * i / rate);
        }

        var error = Assert.Throws<NarratorException>(() => ReferenceRecording.Check("ref.wav", samples, rate, 1.0));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("ref.wav", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
