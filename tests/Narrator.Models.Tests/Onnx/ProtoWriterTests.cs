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
    public void Build_NestedMessages_ExactlyTheBytesOfTheGrowingWriter()
    {
        static void Write(ProtoWriter w) => w
            .Int(1, 5)
            .Message(2, graph => graph
                .Raw(new byte[300])
                .Message(3, node => node.String(1, "noise").Message(4, attribute => attribute.Float(2, 0.5f))))
            .Bytes(6, new byte[200]);

        var built = ProtoWriter.Build(Write);
        var grown = new ProtoWriter();
        Write(grown);

        Assert.Equal(grown.ToArray(), built);
        var graph = ProtoReader.Fields(built, 0, built.Length).Single(f => f.Number == 2);
        Assert.Equal(300 + 2 + 7 + 2 + 5, graph.End - graph.Start);
    }

    [Fact]
    public void Build_CallbackWritingDifferentBytesEachTime_Throws()
    {
        var calls = 0;

        Assert.Throws<InvalidOperationException>(() => ProtoWriter.Build(w => w.Raw(new byte[++calls])));
    }

    [Fact]
    public void Read_LengthPastTheEnd_InvalidData()
    {
        var bytes = new ProtoWriter().String(1, "abcdef").ToArray();

        Assert.Throws<InvalidDataException>(() => ProtoReader.Fields(bytes, 0, bytes.Length - 2).ToList());
    }
}
