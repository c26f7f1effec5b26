using System.Numerics;

namespace Narrator.Watermark;

/// <summary>
/// How unlikely a sync power is without a mark. Without one, the chips are just one ±1 pattern
/// among all: their sum's power T over the windows is a quadratic form in random signs, close to a
/// sum of 2W weighted chi-squares of one degree each (W windows, complex), whose weights are the
/// eigenvalues of the cells' covariance. Bounding every weight by the largest, λ, bounds the chance
/// of T or more by that of λ times a chi-square with 2W degrees, which has a closed form. λ comes from
/// the cells less the mark's own direction (the chips), so a strong mark does not raise the bar it is
/// judged against. Where the weights differ, the Chernoff bound on the weighted sum itself is
/// tighter; the smaller of the two is taken. The chance is multiplied by the number of alignments searched (Bonferroni).
/// </summary>
internal static class Significance
{
    /// <summary>−log10 of the bound (0 when it reaches 1).</summary>
    public static double Of(Complex[,] cells, int[] syncCells, Complex[] sync, int hypotheses)
    {
        var windows = cells.GetLength(0);
        var k = syncCells.Length;
        var columns = new double[2 * windows][];
        for (var w = 0; w < windows; w++)
        {
            // A cell the channel removed (the band above a telephone line's) is exactly zero and has
            // no mark to take out: taking it out would add the mark's direction to the noise.
            var live = syncCells.Count(c => cells[w, c] != Complex.Zero);
            var along = live == 0 ? Complex.Zero : sync[w] / live;
            columns[2 * w] = new double[k];
            columns[(2 * w) + 1] = new double[k];
            for (var i = 0; i < k; i++)
            {
                var rest = cells[w, syncCells[i]] == Complex.Zero ? Complex.Zero : cells[w, syncCells[i]] - along;
                columns[2 * w][i] = rest.Real;
                columns[(2 * w) + 1][i] = rest.Imaginary;
            }
        }

        var eigenvalues = Eigenvalues(Gram(columns));
        var largest = eigenvalues.Max();
        var power = sync.Sum(s => s.Magnitude * s.Magnitude);
        if (largest <= 0)
        {
            return 0;
        }

        var bound = Math.Min(LogChiSquareTail(windows, power / (2 * largest)), LogChernoff(eigenvalues, power));
        var logChance = bound + Math.Log(hypotheses);
        return Math.Max(0, -logChance / Math.Log(10));
    }

    // ln P(Gamma(n, 1) > y) = ln(e^-y × sum over j < n of y^j / j!), summed in the log domain.
    internal static double LogChiSquareTail(int n, double y)
    {
        if (y <= 0)
        {
            return 0;
        }

        var terms = new double[n];
        double logFactorial = 0;
        for (var j = 0; j < n; j++)
        {
            logFactorial += j == 0 ? 0 : Math.Log(j);
            terms[j] = (j * Math.Log(y)) - logFactorial;
        }

        var top = terms.Max();
        return Math.Min(0, -y + top + Math.Log(terms.Sum(t => Math.Exp(t - top))));
    }

    private static double[,] Gram(double[][] columns)
    {
        var n = columns.Length;
        var gram = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a; b < n; b++)
            {
                double sum = 0;
                for (var i = 0; i < columns[a].Length; i++)
                {
                    sum += columns[a][i] * columns[b][i];
                }

                gram[a, b] = gram[b, a] = sum;
            }
        }

        return gram;
    }

    // ln P(sum of λ_i χ²_1 > q) ≤ min over 0 < t < 1/(2 max λ) of -t q - ½ Σ ln(1 - 2 t λ_i), a convex function of t.
    internal static double LogChernoff(double[] eigenvalues, double q)
    {
        var largest = eigenvalues.Max();
        double Exponent(double t) => (-t * q) - (0.5 * eigenvalues.Sum(l => Math.Log(1 - (2 * t * l))));
        double lo = 0;
        var hi = (1 - 1e-12) / (2 * largest);
        for (var i = 0; i < 100; i++)
        {
            var a = lo + ((hi - lo) * 0.382);
            var b = lo + ((hi - lo) * 0.618);
            (lo, hi) = Exponent(a) < Exponent(b) ? (lo, b) : (a, hi);
        }

        return Math.Min(0, Exponent((lo + hi) / 2));
    }

    // Cyclic Jacobi rotations; the matrices here are at most a few dozen rows.
    private static double[] Eigenvalues(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        for (var sweep = 0; sweep < 50; sweep++)
        {
            double off = 0;
            for (var p = 0; p < n; p++)
            {
                for (var r = p + 1; r < n; r++)
                {
                    off += a[p, r] * a[p, r];
                }
            }

            if (off <= 1e-22 * Enumerable.Range(0, n).Sum(i => a[i, i] * a[i, i]))
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var r = p + 1; r < n; r++)
                {
                    if (a[p, r] == 0)
                    {
                        continue;
                    }

                    var theta = (a[r, r] - a[p, p]) / (2 * a[p, r]);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akr = a[k, r];
                        a[k, p] = (c * akp) - (s * akr);
                        a[k, r] = (s * akp) + (c * akr);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var ark = a[r, k];
                        a[p, k] = (c * apk) - (s * ark);
                        a[r, k] = (s * apk) + (c * ark);
                    }
                }
            }
        }

        return Enumerable.Range(0, n).Select(i => Math.Max(0, a[i, i])).ToArray();
    }
}
