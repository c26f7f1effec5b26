using System.Buffers.Binary;
using System.Text;

namespace Narrator.Synthesis.Provenance.C2pa;

/// <summary>
/// A JUMBF superbox (ISO/IEC 19566-5) as C2PA uses it: a <c>jumb</c> box holding a <c>jumd</c>
/// description (type UUID, label) and then either child superboxes or content boxes (<c>cbor</c>…).
/// </summary>
internal sealed class JumbfBox
{
    private const int DescriptionToggles = 0x03; // requestable, label present

    private JumbfBox(string type, string label, byte[] payload, IReadOnlyList<JumbfBox> children, IReadOnlyList<(string Type, byte[] Data)> contents)
    {
        Type = type;
        Label = label;
        Payload = payload;
        Children = children;
        Contents = contents;
    }

    /// <summary>The type UUID as 32 upper-case hex digits.</summary>
    public string Type { get; }

    public string Label { get; }

    /// <summary>The superbox's payload: its description box and everything after it (what a C2PA hashed URI hashes).</summary>
    public byte[] Payload { get; }

    public IReadOnlyList<JumbfBox> Children { get; }

    public IReadOnlyList<(string Type, byte[] Data)> Contents { get; }

    public JumbfBox? Child(string label) => Children.FirstOrDefault(c => c.Label == label);

    /// <summary>The data of the first content box of <paramref name="type"/> (e.g. "cbor").</summary>
    public byte[]? Content(string type) => Contents.Where(c => c.Type == type).Select(c => c.Data).FirstOrDefault();

    /// <summary>A superbox of <paramref name="type"/> with <paramref name="label"/> around already encoded boxes.</summary>
    public static byte[] Write(string type, string label, params byte[][] boxes)
    {
        var description = new List<byte>(Convert.FromHexString(type)) { DescriptionToggles };
        description.AddRange(Encoding.UTF8.GetBytes(label));
        description.Add(0);
        return Box("jumb", [.. Box("jumd", [.. description]), .. boxes.SelectMany(b => b)]);
    }

    /// <summary>A plain box: 32-bit size, 4-character type, data.</summary>
    public static byte[] Box(string type, ReadOnlySpan<byte> data)
    {
        var box = new byte[8 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4, 4));
        data.CopyTo(box.AsSpan(8));
        return box;
    }

    /// <summary>Reads the superbox that fills <paramref name="data"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a well-formed JUMBF superbox; the message says where.</exception>
    public static JumbfBox Read(ReadOnlySpan<byte> data)
    {
        var (type, start, size, length) = Next(data, 0);
        if (type != "jumb" || length != data.Length)
        {
            throw new FormatException(type != "jumb" ? $"it starts with a '{type}' box, not a JUMBF superbox ('jumb')" : $"the superbox is {length} bytes long but {data.Length} bytes were embedded");
        }

        return ReadSuper(data.Slice(start, size), 0);
    }

    private static JumbfBox ReadSuper(ReadOnlySpan<byte> payload, int depth)
    {
        if (depth > 8)
        {
            throw new FormatException("its superboxes are nested too deeply");
        }

        var (descriptionType, descriptionStart, descriptionSize, offset) = Next(payload, 0);
        var description = payload.Slice(descriptionStart, descriptionSize);
        if (descriptionType != "jumd" || description.Length < 17)
        {
            throw new FormatException("a superbox does not start with a description box ('jumd')");
        }

        var type = Convert.ToHexString(description[..16]);
        var label = string.Empty;
        if ((description[16] & 0x02) != 0)
        {
            var end = description[17..].IndexOf((byte)0);
            if (end < 0)
            {
                throw new FormatException($"the label of a {type} superbox is not terminated");
            }

            label = Encoding.UTF8.GetString(description.Slice(17, end));
        }

        var children = new List<JumbfBox>();
        var contents = new List<(string, byte[])>();
        while (offset < payload.Length)
        {
            var (boxType, start, size, next) = Next(payload, offset);
            var data = payload.Slice(start, size);
            if (boxType == "jumb")
            {
                children.Add(ReadSuper(data, depth + 1));
            }
            else
            {
                contents.Add((boxType, data.ToArray()));
            }

            offset = next;
        }

        return new JumbfBox(type, label, payload.ToArray(), children, contents);
    }

    /// <summary>The box at <paramref name="offset"/>: its type, where its data starts, its data's length and where the next box starts.</summary>
    private static (string Type, int DataStart, int DataLength, int Next) Next(ReadOnlySpan<byte> data, int offset)
    {
        if (data.Length - offset < 8)
        {
            throw new FormatException($"a box header at byte {offset} is cut off");
        }

        long size = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
        var header = 8;
        if (size == 1)
        {
            if (data.Length - offset < 16)
            {
                throw new FormatException($"a box header at byte {offset} is cut off");
            }

            size = (long)BinaryPrimitives.ReadUInt64BigEndian(data[(offset + 8)..]);
            header = 16;
        }
        else if (size == 0)
        {
            size = data.Length - offset;
        }

        var type = Encoding.ASCII.GetString(data.Slice(offset + 4, 4));
        if (size < header || size > data.Length - offset)
        {
            throw new FormatException($"the '{type}' box at byte {offset} says it is {size} bytes long, but {data.Length - offset} remain");
        }

        return (type, offset + header, (int)size - header, offset + (int)size);
    }
}
