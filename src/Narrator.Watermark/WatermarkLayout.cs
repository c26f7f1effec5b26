namespace Narrator.Watermark;

/// <summary>
/// Where the mark lives, defined in hertz so that any sample rate maps to it: 240 cells of 25 Hz
/// between 500 Hz and 6.5 kHz, each with a keyed ±1 chip. A keyed shuffle makes 78 of them
/// sync cells (known sign, in phase with the sign flips); the others carry the 32 payload bits and their
/// CRC-16, through <see cref="ConvolutionalCode"/>, laid out as <see cref="LayoutVersion"/> says. The
/// same layout holds in every frame, so the mark does not depend on where a frame or a synthesis call
/// starts, and a detector accumulates it over any excerpt.
/// </summary>
internal sealed class WatermarkLayout
{
    public const double LowHz = 500;
    public const double CellHz = 25;
    public const int CellCount = 240;
    public const double HighHz = LowHz + (CellHz * CellCount);
    public const int CodeBits = ConvolutionalCode.CodedBits;

    /// <summary>The sign flips every block of this length, counted from position 0; quadrature bits flip half a block later.</summary>
    public const double BlockSeconds = 0.5;

    private const int SyncCellCount = CellCount - CodeBits;
    private const double TelephoneTopHz = 3400;
    private const ulong TelephoneStream = 0x54454C4550484F4EUL;

    private readonly CodeSlot[] spread;
    private readonly CodeSlot[] telephone;

    private WatermarkLayout(int[] chip, int[] syncCells, CodeSlot[] spread, CodeSlot[] telephone)
    {
        Chip = chip;
        SyncCells = syncCells;
        this.spread = spread;
        this.telephone = telephone;
    }

    /// <summary>Per cell: the keyed chip, +1 or -1 (a sync cell's embedded sign).</summary>
    public int[] Chip { get; }

    /// <summary>The sync cells, in ascending order.</summary>
    public int[] SyncCells { get; }

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
        var chip = new int[CellCount];
        var role = new int[CellCount];
        var pending = new Dictionary<int, int>();
        for (var i = 0; i < CellCount; i++)
        {
            var cell = order[i];
            role[cell] = i < SyncCellCount ? -1 : (i - SyncCellCount) % CodeBits;
            chip[cell] = Balanced(pending, role[cell], ref random);
        }

        var sync = Enumerable.Range(0, CellCount).Where(c => role[c] < 0).ToArray();
        var spread = Enumerable.Range(0, CellCount).Where(c => role[c] >= 0)
            .Select(c => new CodeSlot(c, Quadrature: false, role[c], chip[c])).ToArray();
        return new WatermarkLayout(chip, sync, spread, TelephoneSlots(key, sync));
    }

    /// <summary>The cell a frequency falls in, or -1 outside the marked band.</summary>
    public static int CellOf(double hz)
    {
        var cell = (int)Math.Floor((hz - LowHz) / CellHz);
        return cell is >= 0 and < CellCount ? cell : -1;
    }

    public IReadOnlyList<CodeSlot> Slots(LayoutVersion version) => version == LayoutVersion.Spread ? spread : telephone;

    /// <summary>
    /// Per cell, the embedded sign of the part in phase with the sync and of the part in quadrature, for
    /// <paramref name="payload"/>. A cell carrying two bits has each at 1/√2, so every marked cell holds the same energy.
    /// </summary>
    public (double[] InPhase, double[] Quadrature) Gains(uint payload, LayoutVersion version)
    {
        var code = PayloadCode.Encode(payload);
        var inPhase = new double[CellCount];
        var quadrature = new double[CellCount];
        foreach (var cell in SyncCells)
        {
            inPhase[cell] = Chip[cell];
        }

        var share = version == LayoutVersion.Spread ? 1 : Math.Sqrt(0.5);
        foreach (var slot in Slots(version))
        {
            (slot.Quadrature ? quadrature : inPhase)[slot.Cell] = share * slot.Sign * code[slot.Bit];
        }

        return (inPhase, quadrature);
    }

    // Both parts of every data cell below 3.4 kHz, then of every one above, each region shuffled and
    // given the coded bits in turn (the spare slots repeat the first bits).
    private static CodeSlot[] TelephoneSlots(WatermarkKey key, int[] sync)
    {
        var random = new SplitMix64(key.Seed ^ TelephoneStream);
        var isSync = new bool[CellCount];
        Array.ForEach(sync, c => isSync[c] = true);
        var top = CellOf(TelephoneTopHz);
        var slots = new List<CodeSlot>();
        var pending = new Dictionary<int, int>();
        foreach (var (from, to) in new[] { (0, top), (top, CellCount) })
        {
            var places = Enumerable.Range(from, to - from).Where(c => !isSync[c])
                .SelectMany(c => new[] { (Cell: c, Quadrature: false), (Cell: c, Quadrature: true) }).ToArray();
            for (var i = places.Length - 1; i > 0; i--)
            {
                var j = (int)(random.Next() % (ulong)(i + 1));
                (places[i], places[j]) = (places[j], places[i]);
            }

            for (var i = 0; i < places.Length; i++)
            {
                var bit = i % CodeBits;
                slots.Add(new CodeSlot(places[i].Cell, places[i].Quadrature, bit, Balanced(pending, bit, ref random)));
            }
        }

        return [.. slots];
    }

    // A random sign for a role's first, third… place; the opposite of the previous one for its second, fourth…
    private static int Balanced(Dictionary<int, int> pending, int role, ref SplitMix64 random)
    {
        if (pending.Remove(role, out var previous))
        {
            return -previous;
        }

        var sign = (random.Next() & 1) == 0 ? 1 : -1;
        pending[role] = sign;
        return sign;
    }
}
