namespace Narrator.Watermark;

/// <summary>
/// The rate-1/3, constraint-length-7 convolutional code (generators 133, 145, 175 octal) that protects
/// the payload and its CRC: each input bit yields three coded bits, and six zero bits end the
/// trellis in state 0. <see cref="Decode"/> is a soft-decision Viterbi decoder, which repairs the
/// scattered weak cells of a short or noisy excerpt far better than a checksum alone could.
/// </summary>
internal static class ConvolutionalCode
{
    public const int InputBits = 48;

    /// <summary>Coded bits for <see cref="InputBits"/> input bits: (48 + 6) × 3 = 162.</summary>
    public const int CodedBits = (InputBits + Constraint - 1) * 3;

    private const int Constraint = 7;
    private const int States = 1 << (Constraint - 1);
    private static readonly int[] Generators = [0b1011011, 0b1100101, 0b1111101];

    /// <summary>The coded bits of the low <see cref="InputBits"/> bits of <paramref name="word"/>, as ±1.</summary>
    public static int[] Encode(ulong word)
    {
        var coded = new int[CodedBits];
        var register = 0;
        for (var t = 0; t < InputBits + Constraint - 1; t++)
        {
            var bit = t < InputBits ? (int)((word >> t) & 1) : 0;
            register = ((register << 1) | bit) & ((1 << Constraint) - 1);
            for (var g = 0; g < Generators.Length; g++)
            {
                coded[(3 * t) + g] = Parity(register & Generators[g]) == 1 ? 1 : -1;
            }
        }

        return coded;
    }

    /// <summary>The most likely input word given soft coded bits (positive = 1, size = certainty).</summary>
    public static ulong Decode(ReadOnlySpan<double> soft)
    {
        var steps = InputBits + Constraint - 1;
        var metric = new double[States];
        var next = new double[States];
        var from = new byte[steps, States];
        Array.Fill(metric, double.NegativeInfinity);
        metric[0] = 0;
        for (var t = 0; t < steps; t++)
        {
            Array.Fill(next, double.NegativeInfinity);
            for (var state = 0; state < States; state++)
            {
                if (double.IsNegativeInfinity(metric[state]))
                {
                    continue;
                }

                // In the tail only zeros enter the register.
                for (var bit = 0; bit <= (t < InputBits ? 1 : 0); bit++)
                {
                    var register = (state << 1) | bit;
                    var m = metric[state];
                    for (var g = 0; g < Generators.Length; g++)
                    {
                        m += Parity(register & Generators[g]) == 1 ? soft[(3 * t) + g] : -soft[(3 * t) + g];
                    }

                    var target = register & (States - 1);
                    if (m > next[target])
                    {
                        next[target] = m;
                        from[t, target] = (byte)state;
                    }
                }
            }

            (metric, next) = (next, metric);
        }

        ulong word = 0;
        var current = 0;
        for (var t = steps - 1; t >= 0; t--)
        {
            if (t < InputBits)
            {
                word |= (ulong)(current & 1) << t;
            }

            current = from[t, current];
        }

        return word;
    }

    private static int Parity(int x) => System.Numerics.BitOperations.PopCount((uint)x) & 1;
}
