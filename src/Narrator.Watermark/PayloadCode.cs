namespace Narrator.Watermark;

/// <summary>The payload's protection: its 32 bits and a CRC-16, convolutionally coded into <see cref="ConvolutionalCode.CodedBits"/> bits.</summary>
internal static class PayloadCode
{
    private const int PayloadBits = 32;

    /// <summary>The coded bits for a payload (32 payload bits then its CRC-16, convolutionally coded), as ±1.</summary>
    public static int[] Encode(uint payload) =>
        ConvolutionalCode.Encode(((ulong)Crc16(payload) << PayloadBits) | payload);

    /// <summary>The payload from soft coded bits, or null when the decoded CRC-16 does not match.</summary>
    public static uint? Decode(ReadOnlySpan<double> soft)
    {
        var word = ConvolutionalCode.Decode(soft);
        var payload = (uint)word;
        return (int)(word >> PayloadBits) == Crc16(payload) ? payload : null;
    }

    // CRC-16/CCITT (polynomial 0x1021, initial 0xFFFF) over the payload's four bytes, low byte first.
    private static int Crc16(uint payload)
    {
        var crc = 0xFFFF;
        for (var b = 0; b < 4; b++)
        {
            crc ^= (int)((payload >> (8 * b)) & 0xff) << 8;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return crc;
    }
}
