namespace Narrator.Watermark;

/// <summary>
/// Where the mark lives, defined in hertz so that any sample rate maps to it: 240 cells of 25 Hz
/// between 1 and 7 kHz. A keyed shuffle makes 80 of them sync cells (known sign) and the other 160
/// carry the 40 code bits (32 payload bits and a CRC-8), four cells each; every cell has a keyed
/// ±1 chip. The same layout holds in every frame, so the mark does not depend on where a frame or
/// a synthesis call starts, and a detector accumulates it over any excerpt.
/// </summary>
internal sealed class WatermarkLayout
{
    public const double LowHz = 1000;
    public const double CellHz = 25;
    public const int CellCount = 240;
    public const int SyncCells = 80;
    public const int CodeBits = 40;

    /// <summary>The pattern's sign alternates every block of this length, counted from position 0.</summary>
    public const double BlockSeconds = 0.5;

    private WatermarkLayout(int[] role, int[] chip)
    {
        Role = role;
        Chip = chip;
    }

    /// <summary>Per cell: -1 or -2 for a sync cell (its half), else the code bit (0-39) it carries.</summary>
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

        // Sync cells alternate between two halves (-1, -2); each role's chips are balanced, half +1
        // and half -1, so that whatever all cells share (a loud frame) cancels in every role's sum.
        var role = new int[CellCount];
        var chip = new int[CellCount];
        var pending = new Dictionary<int, int>();
        for (var i = 0; i < CellCount; i++)
        {
            var cell = order[i];
            role[cell] = i < SyncCells ? -1 - (i % 2) : (i - SyncCells) % CodeBits;
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

    /// <summary>The 40 code bits for a payload: 32 payload bits then its CRC-8, as ±1.</summary>
    public static int[] Code(uint payload)
    {
        var bits = new int[CodeBits];
        var crc = Crc8(payload);
        for (var i = 0; i < 32; i++)
        {
            bits[i] = ((payload >> i) & 1) == 1 ? 1 : -1;
        }

        for (var i = 0; i < 8; i++)
        {
            bits[32 + i] = ((crc >> i) & 1) == 1 ? 1 : -1;
        }

        return bits;
    }

    /// <summary>The payload from 40 decoded signs, or null when its CRC-8 does not match.</summary>
    public static uint? Decode(ReadOnlySpan<int> bits)
    {
        uint payload = 0;
        for (var i = 0; i < 32; i++)
        {
            payload |= bits[i] > 0 ? 1u << i : 0;
        }

        var crc = 0;
        for (var i = 0; i < 8; i++)
        {
            crc |= bits[32 + i] > 0 ? 1 << i : 0;
        }

        return crc == Crc8(payload) ? payload : null;
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

    private static int Crc8(uint payload)
    {
        var crc = 0;
        for (var b = 0; b < 4; b++)
        {
            crc ^= (int)((payload >> (8 * b)) & 0xff);
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
            }
        }

        return crc;
    }
}
