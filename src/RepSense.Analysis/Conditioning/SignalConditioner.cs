using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using RepSense.Analysis.Signal;
using RepSense.Ingest;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Conditioning;

/// <summary>
/// Turns recorder samples at any rate (10-200 Hz, jittery timestamps, possibly with holes) into <see cref="Frame"/>s
/// on the uniform <see cref="AnalysisRate"/> grid. Online: <see cref="Push"/> one sample, collect the frames it
/// completes; <see cref="Complete"/> at the end.
/// <list type="bullet">
/// <item>The input rate is measured from the first samples (median interval), not trusted from metadata.</item>
/// <item>Above 40 Hz an anti-alias Butterworth low-pass (order 4, 5 Hz) runs at the input rate before the grid is
/// sampled; its group delay at low frequency is subtracted from the timestamps so rep timing is not shifted.</item>
/// <item>Frames are linear interpolations between the (filtered) samples around each grid instant.</item>
/// <item>A hole longer than <see cref="MaxGapS"/> is not bridged: the conditioner reports a gap and restarts after it.</item>
/// </list>
/// </summary>
public sealed class SignalConditioner
{
    /// <summary>Longest hole bridged by interpolation.</summary>
    public const double MaxGapS = 1.0;

    private const int RateProbeSamples = 32;
    private const double AntiAliasCutoffHz = 5.0;
    private const double AntiAliasAboveHz = 40.0;

    private readonly List<ImuSample> _probe = new(RateProbeSamples);
    private IirFilterBank? _antiAlias;
    private double _delayS;
    private bool _hasPrev;
    private double _prevT;
    private double _prevRawT;
    private SixChannels _prev;
    private SixChannels _cur;
    private long _nextIndex;      // next grid index to emit
    private double _lastRawT = double.NegativeInfinity;

    /// <summary>The measured input rate, once known.</summary>
    public SampleRate? InputRate { get; private set; }

    /// <summary>Samples per second outside gaps, over everything fed so far (0 before two samples): what a user
    /// calls the recording's rate, and what <c>inspect</c> measures. <see cref="InputRate"/>, the median interval of
    /// the first samples, designs the filters; the two differ for a recorder with jittery timestamps.</summary>
    public double MeasuredRateHz => _intervalsS > 0 ? _intervals / _intervalsS : 0;

    private long _intervals;
    private double _intervalsS;

    /// <summary>Whether any sample carried a rotation rate.</summary>
    public bool HasGyro { get; private set; }

    /// <summary>Holes found so far: (last time before, first time after), seconds.</summary>
    public List<(double FromS, double ToS)> Gaps { get; } = new();

    /// <summary>Feeds one sample; frames it completes go to <paramref name="emit"/>; a hole goes to
    /// <paramref name="gap"/> before the frames after it.</summary>
    public void Push(in ImuSample sample, Action<Frame> emit, Action<double, double>? gap = null)
    {
        if (!(sample.TimeS > _lastRawT)) return; // repeated or backwards time: Ingest reports it; here it is skipped
        if (!sample.AccelerationMs2.IsFinite) return;
        HasGyro |= sample.HasRotationRate;
        if (InputRate is null)
        {
            _probe.Add(sample);
            _lastRawT = sample.TimeS;
            if (_probe.Count < RateProbeSamples) return;
            StartFilters();
            foreach (var s in _probe) Feed(s, emit, gap);
            _probe.Clear();
            return;
        }
        _lastRawT = sample.TimeS;
        Feed(sample, emit, gap);
    }

    /// <summary>Flushes what is buffered (a recording shorter than the rate probe).</summary>
    public void Complete(Action<Frame> emit, Action<double, double>? gap = null)
    {
        if (InputRate is null && _probe.Count >= 2)
        {
            StartFilters();
            foreach (var s in _probe) Feed(s, emit, gap);
            _probe.Clear();
        }
    }

    private void StartFilters()
    {
        var dts = new double[_probe.Count - 1];
        for (int i = 1; i < _probe.Count; i++) dts[i - 1] = _probe[i].TimeS - _probe[i - 1].TimeS;
        double dt = Stats.SelectInplace(dts, dts.Length / 2);
        InputRate = SampleRate.FromPeriodSeconds(dt > 0 ? dt : AnalysisRate.PeriodS);
        if (InputRate.Value.Hertz > AntiAliasAboveHz)
        {
            var design = Butterworth.LowPass(4, AntiAliasCutoffHz, InputRate.Value);
            _antiAlias = new IirFilterBank(design, SixChannels.Vectors);
            _delayS = GroupDelayAtDcS(design);
        }
    }

    private void Feed(in ImuSample s, Action<Frame> emit, Action<double, double>? gap)
    {
        _cur = SixChannels.Of(s);
        double t = s.TimeS - _delayS;

        if (_hasPrev)
        {
            double intervalS = s.TimeS - _prevRawT;
            if (intervalS > MaxGapS)
            {
                gap?.Invoke(_prevRawT, s.TimeS);
                Gaps.Add((_prevRawT, s.TimeS));
                _hasPrev = false;
            }
            else { _intervals++; _intervalsS += intervalS; }
        }
        _prevRawT = s.TimeS;
        if (_antiAlias is not null)
        {
            if (!_hasPrev) _antiAlias.Reset(_cur);
            _antiAlias.Process(_cur);
        }
        if (!_hasPrev)
        {
            // (Re)start the grid at the first grid instant not before this sample.
            _nextIndex = Math.Max(_nextIndex, (long)Math.Ceiling(t * AnalysisRate.Hertz - 1e-9));
            _prevT = t;
            _prev = _cur;
            _hasPrev = true;
            if (Math.Abs(_nextIndex * AnalysisRate.PeriodS - t) < 1e-9) { Emit(_nextIndex, _cur, emit); _nextIndex++; }
            return;
        }
        double gridT;
        while ((gridT = _nextIndex * AnalysisRate.PeriodS) <= t)
        {
            var w = Vector256.Create((gridT - _prevT) / (t - _prevT));
            SixChannels v = default;
            for (int g = 0; g < SixChannels.Vectors; g++) v[g] = _prev[g] + (_cur[g] - _prev[g]) * w;
            Emit(_nextIndex, v, emit);
            _nextIndex++;
        }
        _prevT = t;
        _prev = _cur;
    }

    private static void Emit(long index, in SixChannels v, Action<Frame> emit) =>
        emit(new Frame(index * AnalysisRate.PeriodS, v[0][0], v[0][1], v[0][2], v[0][3], v[1][0], v[1][1]));

    /// <summary>Acceleration x-z and rotation rate x-z of one sample, in the lanes of two vectors (for the filter
    /// bank; the last two lanes are unused).</summary>
    [InlineArray(Vectors)]
    private struct SixChannels
    {
        public const int Vectors = 2;
        private Vector256<double> _element;

        public static SixChannels Of(in ImuSample s)
        {
            SixChannels c = default;
            c[0] = Vector256.Create(s.AccelerationMs2.X, s.AccelerationMs2.Y, s.AccelerationMs2.Z, s.RotationRateRadS.X);
            c[1] = Vector256.Create(s.RotationRateRadS.Y, s.RotationRateRadS.Z, 0, 0);
            return c;
        }
    }

    /// <summary>Group delay at DC of a cascade: the sum over sections of −d(phase)/dω at ω → 0, in seconds.</summary>
    internal static double GroupDelayAtDcS(IirDesign design)
    {
        // Numerically, from the phase at a frequency far below the cut-off.
        double f = design.Rate.Hertz * 1e-4;
        var z = System.Numerics.Complex.FromPolarCoordinates(1, 2 * Math.PI * f / design.Rate.Hertz);
        var h = System.Numerics.Complex.One;
        foreach (var s in design.SectionArray) h *= s.Response(z);
        return -h.Phase / (2 * Math.PI * f);
    }
}
