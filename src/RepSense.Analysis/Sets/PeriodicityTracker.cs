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
    private readonly int _ring;
    private readonly Group _acc;
    private readonly Group? _gyro;
    private readonly IirFilter[] _band;
    private readonly double[] _r;
    private readonly double _energyGateMs2;
    private int _phase;
    private long _t = -1;

    public PeriodicityTracker(bool hasGyro, double energyGateMs2)
    {
        int maxWindow = (int)Math.Ceiling(Math.Max(MinWindowS * Rate, WindowPeriods * _maxLag));
        int ring = 1;
        while (ring < maxWindow + _maxLag + 4) ring <<= 1;
        _ring = ring;
        _acc = new Group(ring, _maxLag);
        _gyro = hasGyro ? new Group(ring, _maxLag) : null;
        var rate = SampleRate.FromHertz(AnalysisRate.Hertz);
        var hp = Butterworth.HighPass(2, 0.1, rate);
        var lp = Butterworth.LowPass(2, 3.0, rate);
        _band = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? hp : lp).CreateFilter()).ToArray();
        _r = new double[_maxLag + 2];
        _energyGateMs2 = energyGateMs2;
    }

    /// <summary>Forgets everything (a new stretch of signal after a hole).</summary>
    public void Reset()
    {
        foreach (var f in _band) f.Reset();
        _acc.Clear();
        _gyro?.Clear();
        _t = -1;
        _phase = 0;
    }

    /// <summary>Feeds one 20 Hz frame; every second frame yields a point.</summary>
    public PeriodicityPoint? Push(in Frame frame)
    {
        Span<double> x = stackalloc double[6];
        x[0] = Band(0, frame.AxMs2); x[1] = Band(1, frame.AyMs2); x[2] = Band(2, frame.AzMs2);
        x[3] = Band(3, frame.GxRadS); x[4] = Band(4, frame.GyRadS); x[5] = Band(5, frame.GzRadS);
        if ((_phase++ & 1) == 1) return null;
        _t++;
        _acc.Push(_t, x[..3], _ring);
        _gyro?.Push(_t, x[3..], _ring);

        int energyWindow = (int)(EnergyWindowS * Rate);
        double energy = _t >= energyWindow ? Math.Sqrt(Math.Max(0, _acc.EnergyOver(_t, energyWindow, _ring)) / energyWindow) : 0;
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
            double windowEnergy = _t >= w ? Math.Sqrt(Math.Max(0, _acc.EnergyOver(_t, w, _ring)) / w) : 0;
            if (windowEnergy < _energyGateMs2) rho = 0;
        }
        return new PeriodicityPoint(frame.TimeS, rho, lag / Rate, energy);
    }

    private double Band(int channel, double v) => _band[2 * channel + 1].Process(_band[2 * channel].Process(v));

    private (double Rho, double Lag) Best(Group g)
    {
        long t = _t;
        for (int L = _minLag - 1; L <= _maxLag + 1; L++)
        {
            int w = (int)Math.Max(MinWindowS * Rate, WindowPeriods * L);
            if (t - w < 0 || L >= w) { _r[L] = 0; continue; }
            double sxy = g.Lagged(L, t, _ring) - g.Lagged(L, t - w + L, _ring);
            double sxx = g.Energy(t - L, _ring) - g.Energy(t - w, _ring);
            double syy = g.Energy(t, _ring) - g.Energy(t - w + L, _ring);
            _r[L] = sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
        }
        double top = 0;
        for (int L = _minLag; L <= _maxLag; L++) if (IsPeak(L)) top = Math.Max(top, _r[L]);
        for (int L = _minLag; L <= _maxLag; L++)
        {
            if (!IsPeak(L) || _r[L] < 0.85 * top) continue;
            // Parabolic refinement: the 10 Hz lag grid alone would bias periods by up to 5 %.
            double a = _r[L - 1], b = _r[L], c = _r[L + 1], den = a - 2 * b + c;
            double shift = den < 0 ? Math.Clamp(0.5 * (a - c) / den, -0.5, 0.5) : 0;
            return (b, L + shift);
        }
        return (0, 0);
    }

    private bool IsPeak(int L) => _r[L] > _r[L - 1] && _r[L] >= _r[L + 1] && _r[L] > 0;

    /// <summary>Running sums for one sensor: energy and lagged products, in rings indexed by step.</summary>
    private sealed class Group
    {
        private readonly double[][] _x = new double[3][];
        private readonly double[] _energy;
        private readonly double[][] _lagged;

        public Group(int ring, int maxLag)
        {
            for (int c = 0; c < 3; c++) _x[c] = new double[ring];
            _energy = new double[ring];
            _lagged = Enumerable.Range(0, maxLag + 2).Select(_ => new double[ring]).ToArray();
        }

        public void Clear()
        {
            foreach (var a in _x) Array.Clear(a);
            Array.Clear(_energy);
            foreach (var a in _lagged) Array.Clear(a);
        }

        public void Push(long t, ReadOnlySpan<double> v, int ring)
        {
            int m = ring - 1, s = (int)(t & m), p = (int)((t - 1) & m);
            _x[0][s] = v[0]; _x[1][s] = v[1]; _x[2][s] = v[2];
            double prevE = t > 0 ? _energy[p] : 0;
            _energy[s] = prevE + v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
            for (int L = 1; L < _lagged.Length; L++)
            {
                double prod = 0;
                if (t >= L)
                {
                    int q = (int)((t - L) & m);
                    prod = _x[0][q] * v[0] + _x[1][q] * v[1] + _x[2][q] * v[2];
                }
                _lagged[L][s] = (t > 0 ? _lagged[L][p] : 0) + prod;
            }
        }

        public double Energy(long t, int ring) => t < 0 ? 0 : _energy[(int)(t & (ring - 1))];
        public double Lagged(int lag, long t, int ring) => t < 0 ? 0 : _lagged[lag][(int)(t & (ring - 1))];
        public double EnergyOver(long t, int window, int ring) => Energy(t, ring) - Energy(t - window, ring);
    }
}
