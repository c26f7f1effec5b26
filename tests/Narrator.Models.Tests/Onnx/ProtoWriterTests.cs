using Narrator.Models.Onnx;

namespace Narrator.Models.Tests.Onnx;

public sealed class ProtoWriterTests
{
    [Fact]
    public void Write_ThenRead_SameFields()
    {
        var bytes = new ProtoWriter()
            .Int(1, -1)
            .Int(2, 300)
            .Float(3, 0.25f)
            .String(4, "t\u00efny")
            .Message(5, inner => inner.Int(1, 7))
            .ToArray();

        var fields = ProtoReader.Fields(bytes, 0, bytes.Length).ToList();

        Assert.Equal([1, 2, 3, 4, 5], fields.Select(f => f.Number));
        Assert.Equal(-1L, (long)fields[0].Value);
        Assert.Equal(11, fields[0].End - fields[0].Begin);
        Assert.Equal(300UL, fields[1].Value);
        Assert.Equal(0.25f, ProtoReader.Float(bytes, fields[2]));
        Assert.Equal("t\u00efny", ProtoReader.String(bytes, fields[3]));
        var inner = Assert.Single(ProtoReader.Fields(bytes, fields[4].Start, fields[4].End));
        Assert.Equal(7UL, inner.Value);
    }

    [Fact]
    public void Read_LengthPastTheEnd_InvalidData()
    {
        var bytes = new ProtoWriter().String(1, "abcdef").ToArray();

        Assert.Throws<InvalidDataException>(() => ProtoReader.Fields(bytes, 0, bytes.Length - 2).ToList());
    }
}
