namespace Narrator.Models.Onnx;

/// <summary>
/// One field of a protobuf message: its number, wire type, its varint value (wire type 0), the byte
/// where its tag begins, and the byte range of its payload (<see cref="Start"/> to <see cref="End"/>).
/// The whole field, tag included, is <c>[Begin, End)</c>.
/// </summary>
internal readonly record struct ProtoField(int Number, int Wire, ulong Value, int Begin, int Start, int End)
{
    /// <summary>Length-delimited (bytes, string, embedded message or packed numbers).</summary>
    public bool IsBytes => Wire == ProtoReader.LengthDelimited;
}
