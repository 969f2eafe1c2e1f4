using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Sets;

/// <summary>
/// Online periodicity of the movement: for every lag from <see cref="MinPeriodS"/> to <see cref="MaxPeriodS"/>, the
/// normalised correlation between the recent signal and itself one lag earlier, over a trailing window of
/// max(4 s, 2.5 lags), summed over the three axes (so no axis is assumed). The best lag is the first local maximum
/// within 85 % of the highest, which prefers the rep period over its multiples.
/// <para>Runs at 10 Hz on the band-passed (0.1-3 Hz) signal; per step it costs one product per lag and axis, using
/// running sums of the lagged products so a window of any length is two subtractions. Below the energy gate (the
/// lifter is still) the correlation is not evaluated at all.</para>
/// </summary>
public sealed class PeriodicityTracker
{
    public const double Rate = AnalysisRate.Hertz / 2;
    public const double MinPeriodS = 1.0;
    public const double MaxPeriodS = 8.0;
    private const double MinWindowS = 4.0;
    private const double WindowPeriods = 2.5;
    private const double EnergyWindowS = 2.0;

    private readonly int _minLag = (int)Math.Round(MinPeriodS * Rate);
    private readonly int _maxLag = (int)Math.Round(MaxPeriodS * Rate);
    private readonly Group _acc;
    private readonly Group? _gyro;
    private readonly IirFilterBank _highPass;
    private readonly IirFilterBank _lowPass;
    private readonly double[] _r;
    private readonly int[] _window;
    private readonly int[] _peaks;
    private readonly double _energyGateMs2;
    private int _phase;
    private long _t = -1;

    public PeriodicityTracker(bool hasGyro, double energyGateMs2)
    {
        int maxWindow = (int)Math.Ceiling(Math.Max(MinWindowS * Rate, WindowPeriods * _maxLag));
        int ring = 1;
        while (ring < maxWindow + _maxLag + 4) ring <<= 1;
        _acc = new Group(ring, _maxLag);
        _gyro = hasGyro ? new Group(ring, _maxLag) : null;
        var rate = SampleRate.FromHertz(AnalysisRate.Hertz);
        // The six channels (acceleration x-z, rotation rate x-z) in the lanes of two vectors.
        _highPass = new IirFilterBank(Butterworth.HighPass(2, 0.1, rate), 2);
        _lowPass = new IirFilterBank(Butterworth.LowPass(2, 3.0, rate), 2);
        _r = new double[_maxLag + 2];
        _window = new int[_maxLag + 2];
        _peaks = new int[_maxLag + 2];
        for (int lag = 0; lag < _window.Length; lag++) _window[lag] = (int)Math.Max(MinWindowS * Rate, WindowPeriods * lag);
        _energyGateMs2 = energyGateMs2;
    }

    /// <summary>Forgets everything (a new stretch of signal after a hole).</summary>
    public void Reset()
    {
        _highPass.Reset();
        _lowPass.Reset();
        _acc.Clear();
        _gyro?.Clear();
        _t = -1;
        _phase = 0;
    }

    /// <summary>Feeds one 20 Hz frame; every second frame yields a point.</summary>
    public PeriodicityPoint? Push(in Frame frame)
    {
        Span<Vector256<double>> x =
        [
            Vector256.Create(frame.AxMs2, frame.AyMs2, frame.AzMs2, frame.GxRadS),
            Vector256.Create(frame.GyRadS, frame.GzRadS, 0, 0),
        ];
        // A stretch starts in the steady state of its first frame: from zero, the high-pass would ring with the
        // step to gravity for several seconds and the tracker would see that instead of the movement.
        if (_t < 0 && _phase == 0) _highPass.Reset(x);
        _highPass.Process(x);
        _lowPass.Process(x);
        if ((_phase++ & 1) == 1) return null;
        _t++;
        _acc.Push(_t, x[0][0], x[0][1], x[0][2]);
        _gyro?.Push(_t, x[0][3], x[1][0], x[1][1]);

        int energyWindow = (int)(EnergyWindowS * Rate);
        double energy = _t >= energyWindow ? Math.Sqrt(Math.Max(0, _acc.EnergyOver(_t, energyWindow)) / energyWindow) : 0;
        if (energy < _energyGateMs2) return new PeriodicityPoint(frame.TimeS, 0, 0, energy);

        var (rho, lag) = Best(_acc);
        if (_gyro is not null)
        {
            var (rhoG, lagG) = Best(_gyro);
            if (rhoG > rho) (rho, lag) = (rhoG, lagG);
        }
        // A rep train moves through the whole window it is judged on: two bursts (a tap, a pick-up) with stillness
        // between them can correlate at their distance, but they are not reps.
        if (lag > 0)
        {
            int w = (int)Math.Max(MinWindowS * Rate, WindowPeriods * lag);
            double windowEnergy = _t >= w ? Math.Sqrt(Math.Max(0, _acc.EnergyOver(_t, w)) / w) : 0;
            if (windowEnergy < _energyGateMs2) rho = 0;
        }
        return new PeriodicityPoint(frame.TimeS, rho, lag / Rate, energy);
    }

    private (double Rho, double Lag) Best(Group g)
    {
        long t = _t;
        var r = _r;
        Span<double> sxy = stackalloc double[r.Length], sxx = stackalloc double[r.Length], syy = stackalloc double[r.Length];
        for (int L = _minLag - 1; L <= _maxLag + 1; L++)
        {
            int w = _window[L];
            if (t - w < 0 || L >= w) continue; // sums left at 0: no correlation
            // Every step read here (t − w and later) is at or after the first: no ring slot before it is read.
            sxy[L] = g.LaggedAt(L, t) - g.LaggedAt(L, t - w + L);
            sxx[L] = g.EnergyAt(t - L) - g.EnergyAt(t - w);
            syy[L] = g.EnergyAt(t) - g.EnergyAt(t - w + L);
        }
        Correlations(sxy, sxx, syy, r);
        double top = 0;
        int peaks = 0;
        for (int L = _minLag; L <= _maxLag; L++)
        {
            if (!(r[L] > r[L - 1] && r[L] >= r[L + 1] && r[L] > 0)) continue;
            _peaks[peaks++] = L;
            top = Math.Max(top, r[L]);
        }
        for (int i = 0; i < peaks; i++)
        {
            int L = _peaks[i];
            if (r[L] < 0.85 * top) continue;
            // Parabolic refinement: the 10 Hz lag grid alone would bias periods by up to 5 %.
            double a = r[L - 1], b = r[L], c = r[L + 1], den = a - 2 * b + c;
            double shift = den < 0 ? Math.Clamp(0.5 * (a - c) / den, -0.5, 0.5) : 0;
            return (b, L + shift);
        }
        return (0, 0);
    }

    /// <summary>r = sxy / √(sxx·syy) where both energies are positive, else 0; four lags at a time (vector square
    /// roots and divisions are exactly rounded, as the scalar ones).</summary>
    private static void Correlations(ReadOnlySpan<double> sxy, ReadOnlySpan<double> sxx, ReadOnlySpan<double> syy, Span<double> r)
    {
        var rv = MemoryMarshal.Cast<double, Vector256<double>>(r);
        var xyv = MemoryMarshal.Cast<double, Vector256<double>>(sxy);
        var xxv = MemoryMarshal.Cast<double, Vector256<double>>(sxx);
        var yyv = MemoryMarshal.Cast<double, Vector256<double>>(syy);
        for (int j = 0; j < rv.Length; j++)
        {
            var xx = xxv[j];
            var yy = yyv[j];
            var valid = Vector256.GreaterThan(xx, Vector256<double>.Zero) & Vector256.GreaterThan(yy, Vector256<double>.Zero);
            rv[j] = Vector256.ConditionalSelect(valid, xyv[j] / Vector256.Sqrt(xx * yy), Vector256<double>.Zero);
        }
        for (int i = rv.Length * Vector256<double>.Count; i < r.Length; i++)
            r[i] = sxx[i] > 0 && syy[i] > 0 ? sxy[i] / Math.Sqrt(sxx[i] * syy[i]) : 0;
    }

    /// <summary>Running sums for one sensor: energy and lagged products, in rings indexed by step.</summary>
    /// <remarks>The products of a step for every lag are one contiguous row (lag <c>L</c> at <c>Lags − L</c>), and the
    /// signal ring is written twice (at <c>s</c> and <c>s + ring</c>) so the samples one to <c>Lags</c> steps back are
    /// one contiguous window: a step is then a vectorisable loop. Each value is computed by the same operations in
    /// the same order as lag by lag.</remarks>
    private sealed class Group
    {
        private readonly double[][] _x = new double[3][];
        private readonly double[] _energy;
        private readonly double[] _rows;
        private readonly int _lags;
        private readonly int _mask;

        public Group(int ring, int maxLag)
        {
            _lags = maxLag + 1;
            _mask = ring - 1;
            for (int c = 0; c < 3; c++) _x[c] = new double[2 * ring];
            _energy = new double[ring];
            _rows = new double[ring * _lags];
        }

        public void Clear()
        {
            foreach (var a in _x) Array.Clear(a);
            Array.Clear(_energy);
            Array.Clear(_rows);
        }

        public void Push(long t, double v0, double v1, double v2)
        {
            int m = _mask, s = (int)(t & m), p = (int)((t - 1) & m), n = _lags;
            _x[0][s] = _x[0][s + m + 1] = v0;
            _x[1][s] = _x[1][s + m + 1] = v1;
            _x[2][s] = _x[2][s + m + 1] = v2;
            double prevE = t > 0 ? _energy[p] : 0;
            _energy[s] = prevE + v0 * v0 + v1 * v1 + v2 * v2;

            var row = _rows.AsSpan(s * n, n);
            var previous = _rows.AsSpan(p * n, n);
            if (t < n)
            {
                // The first steps: lags reaching before the first sample contribute nothing.
                for (int j = 0; j < n; j++)
                {
                    int lag = n - j;
                    double prod = 0;
                    if (t >= lag)
                    {
                        int q = (int)((t - lag) & m);
                        prod = _x[0][q] * v0 + _x[1][q] * v1 + _x[2][q] * v2;
                    }
                    row[j] = (t > 0 ? previous[j] : 0) + prod;
                }
                return;
            }

            int from = (int)((t - n) & m);
            ReadOnlySpan<double> x0 = _x[0].AsSpan(from, n), x1 = _x[1].AsSpan(from, n), x2 = _x[2].AsSpan(from, n);
            Vector256<double> w0 = Vector256.Create(v0), w1 = Vector256.Create(v1), w2 = Vector256.Create(v2);
            var rowVectors = MemoryMarshal.Cast<double, Vector256<double>>(row);
            var previousVectors = MemoryMarshal.Cast<double, Vector256<double>>(previous);
            ReadOnlySpan<Vector256<double>> x0v = MemoryMarshal.Cast<double, Vector256<double>>(x0),
                x1v = MemoryMarshal.Cast<double, Vector256<double>>(x1), x2v = MemoryMarshal.Cast<double, Vector256<double>>(x2);
            for (int j = 0; j < rowVectors.Length; j++)
                rowVectors[j] = previousVectors[j] + (x0v[j] * w0 + x1v[j] * w1 + x2v[j] * w2);
            for (int k = rowVectors.Length * Vector256<double>.Count; k < n; k++)
                row[k] = previous[k] + (x0[k] * v0 + x1[k] * v1 + x2[k] * v2);
        }

        public double Energy(long t) => t < 0 ? 0 : EnergyAt(t);
        public double EnergyOver(long t, int window) => Energy(t) - Energy(t - window);

        /// <summary>The running sums at a step known not to precede the first.</summary>
        public double EnergyAt(long t) => _energy[(int)t & _mask];
        public double LaggedAt(int lag, long t) => _rows[((int)t & _mask) * _lags + _lags - lag];
    }
}
