namespace Narrator.Watermark;

/// <summary>
/// Where the mark lives, defined in hertz so that any sample rate maps to it: 240 cells of 25 Hz
/// between 500 Hz and 6.5 kHz. A keyed shuffle makes 78 of them sync cells (known sign) and the other 162
/// carry one coded bit each: the 32 payload bits and their CRC-16, through
/// <see cref="ConvolutionalCode"/>. Every cell has a keyed ±1 chip. The same layout holds in every frame, so the mark does not depend on where a frame or
/// a synthesis call starts, and a detector accumulates it over any excerpt.
/// </summary>
internal sealed class WatermarkLayout
{
    public const double LowHz = 500;
    public const double CellHz = 25;
    public const int CellCount = 240;
    public const double HighHz = LowHz + (CellHz * CellCount);
    public const int CodeBits = ConvolutionalCode.CodedBits;
    public const int SyncCells = CellCount - CodeBits;
    private const int PayloadBits = 32;

    /// <summary>The pattern's sign alternates every block of this length, counted from position 0.</summary>
    public const double BlockSeconds = 0.5;

    private WatermarkLayout(int[] role, int[] chip)
    {
        Role = role;
        Chip = chip;
    }

    /// <summary>Per cell: -1 for a sync cell, else the coded bit (0-161) it carries.</summary>
    public int[] Role { get; }

    /// <summary>Per cell: the keyed chip, +1 or -1.</summary>
    public int[] Chip { get; }

    public static WatermarkLayout For(WatermarkKey key)
    {
        var random = new SplitMix64(key.Seed);
        var order = Enumerable.Range(0, CellCount).ToArray();
        for (var i = CellCount - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        // Each role's chips are balanced, half +1 and half -1, so that whatever all cells share (a
        // loud frame) cancels in every role's sum.
        var role = new int[CellCount];
        var chip = new int[CellCount];
        var pending = new Dictionary<int, int>();
        for (var i = 0; i < CellCount; i++)
        {
            var cell = order[i];
            role[cell] = i < SyncCells ? -1 : (i - SyncCells) % CodeBits;
            if (pending.Remove(role[cell], out var previous))
            {
                chip[cell] = -previous;
            }
            else
            {
                chip[cell] = (random.Next() & 1) == 0 ? 1 : -1;
                pending[role[cell]] = chip[cell];
            }
        }

        return new WatermarkLayout(role, chip);
    }

    /// <summary>The cell a frequency falls in, or -1 outside the marked band.</summary>
    public static int CellOf(double hz)
    {
        var cell = (int)Math.Floor((hz - LowHz) / CellHz);
        return cell is >= 0 and < CellCount ? cell : -1;
    }

    /// <summary>The coded bits for a payload (32 payload bits then its CRC-16, convolutionally coded), as ±1.</summary>
    public static int[] Code(uint payload) =>
        ConvolutionalCode.Encode(((ulong)Crc16(payload) << PayloadBits) | payload);

    /// <summary>The payload from soft coded bits, or null when the decoded CRC-16 does not match.</summary>
    public static uint? Decode(ReadOnlySpan<double> soft)
    {
        var word = ConvolutionalCode.Decode(soft);
        var payload = (uint)word;
        return (int)(word >> PayloadBits) == Crc16(payload) ? payload : null;
    }

    /// <summary>Per-cell sign of the mark: the chip, times the code bit for data cells.</summary>
    public int[] Signs(uint payload)
    {
        var code = Code(payload);
        var signs = new int[CellCount];
        for (var c = 0; c < CellCount; c++)
        {
            signs[c] = Role[c] < 0 ? Chip[c] : Chip[c] * code[Role[c]];
        }

        return signs;
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
