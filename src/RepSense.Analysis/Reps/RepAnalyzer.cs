using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Reps;

/// <summary>
/// Finds sets and counts reps in a stream of <see cref="Frame"/>s, online. Every half second (a hop) it looks at the
/// recent signal and commits what it is sure of; nothing committed is ever revised, so a file and a live replay of
/// it give the same events.
/// <list type="number">
/// <item><b>Rest or work.</b> A <see cref="PeriodicityTracker"/> measures how periodic the movement is. A train of
/// periodic movement lasting a period or more becomes a candidate set.</item>
/// <item><b>Learning the set.</b> On the candidate's signal the analyzer picks the sensor (accelerometer or
/// gyroscope) and direction in which the movement is most periodic (principal axes — no axis is assumed), smooths
/// the projection at 1.5 cycles per rep period, finds its turning points with hysteresis and decides which side of
/// the swing is the turn (the side whose cycles, placed as whole reps, cover the burst of movement best). It learns
/// the typical swing and rep shape from the periodic core, then walks outward: a cycle is a rep while its spacing,
/// swing and shape stay like the core's. <see cref="CountingOptions.MinReps"/> reps over
/// <see cref="CountingOptions.MinSetS"/> (or <see cref="CountingOptions.QuickSetReps"/> forceful ones sooner) and enough
/// periodicity make a set; one that turns out to have been learned from its set-up (at half the reps' period, or from
/// moves a fraction of their size) is dropped before it is announced and learned again.</item>
/// <item><b>Following the set.</b> Each hop extends the train with the next cycle if it still looks like a rep;
/// a rep is committed once its return to rest is <see cref="CountingOptions.CommitLagS"/> behind the newest sample.
/// When no rep comes within two periods, the set is over.</item>
/// </list>
/// Latency: a rep inside a recognised set is final about <see cref="CountingOptions.CommitLagS"/> plus up to
/// <see cref="CountingOptions.FollowHopS"/> after it ends (an announced set is followed that often, and new sets looked
/// for every hop). The first reps of a set are reported together when the set is recognised, after two to four periods of
/// periodic movement and at least <see cref="CountingOptions.MinSetS"/> (a single cycle cannot be told from a fidget);
/// for a live display, <see cref="CountingOptions.ProvisionalReps"/> reports the movement's cycles before that
/// (<see cref="RepSpotter"/>), never as final.
/// Memory: <see cref="CountingOptions.HistoryS"/> of frames plus the current set's reps.
/// <para>One file per stage: RepAnalyzer.Learning (with .TurnSide and .Walking), .Following, .Signals; the state
/// between hops in .State and .ActiveSet.</para>
/// </summary>
public sealed partial class RepAnalyzer
{
    private const int HopFrames = 10;
    private const double FeatureLowPassHz = 3.0;
    private const double FilterMarginS = 8.0;
    /// <summary>Signal kept before a set's first rep and after its last, for the pauses around them.</summary>
    private const double SignalMarginS = 2.0;

    private static readonly SampleRate Rate = SampleRate.FromHertz(AnalysisRate.Hertz);
    private static readonly IirDesign FeatureLowPass = Butterworth.LowPass(2, FeatureLowPassHz, Rate);
    private static readonly IirDesign GravityLowPass = Butterworth.LowPass(2, 0.3, Rate);
    // The walking test's bands (RepAnalyzer.Walking.cs). Every filter design built from Rate stays in this file: static
    // initialisers run in the order of their text only within one file of a partial class.
    private static readonly IirDesign[] StepBand = [Butterworth.HighPass(2, 1.4, Rate), Butterworth.LowPass(2, 2.8, Rate)];
    private static readonly IirDesign[] RepBand = [Butterworth.HighPass(2, 0.15, Rate), Butterworth.LowPass(2, 1.4, Rate)];

    private readonly CountingOptions _options;
    private readonly bool _hasGyro;
    private readonly FrameHistory _history;
    private readonly PeriodicityTracker _tracker;
    private readonly RepSpotter? _spotter;
    private Run? _run;
    private ActiveSet? _set;
    private int _setCount;
    private readonly int _followHopFrames;
    private int _hop;
    private double _consumedUntilS = double.NegativeInfinity;
    private double _nowS;

    public RepAnalyzer(CountingOptions options, bool hasGyro)
    {
        _options = options;
        _hasGyro = hasGyro;
        _history = new FrameHistory((int)(options.HistoryS * AnalysisRate.Hertz));
        _followHopFrames = Math.Clamp((int)Math.Round(options.FollowHopS * AnalysisRate.Hertz), 1, HopFrames);
        _tracker = new PeriodicityTracker(hasGyro, options.EnergyGateMs2);
        if (options.ProvisionalReps) _spotter = new RepSpotter(options.EnergyGateMs2, options.MinSwingMs2);
    }

    /// <summary>Feeds the next frame; events it completes are appended to <paramref name="output"/>.</summary>
    public void Push(in Frame frame, List<AnalysisEvent> output)
    {
        _history.Add(frame);
        _nowS = frame.TimeS;
        var point = _tracker.Push(frame);
        if (point is { } p)
        {
            Track(p);
            _spotter?.Energy(p.TimeS, p.EnergyMs2, _history.FirstIndex);
        }
        if (++_hop % HopFrames == 0) Step(output, final: false);
        else if (_hop % _followHopFrames == 0 && _set is { Established: true }) FollowSet(output, final: false);
    }

    /// <summary>
    /// The recording has a hole (a Bluetooth dropout, a paused recorder). A set under way when the hole opens — its
    /// last rep turned within <see cref="AwaitedSpacingPeriods"/> periods of it — and a hole no longer than
    /// <see cref="CountingOptions.MaxHoleInSetS"/> carry the set across: what came before the hole is committed as at
    /// the end of the data, and after it the set is followed with the model it had. A stretch that begins mid-set is
    /// too little to learn a set from anew (its period comes out doubled, its first reps unseen, a short remainder
    /// is no set at all). Otherwise whatever is open ends before the hole and analysis restarts after it.
    /// </summary>
    public void Gap(double fromS, double toS, List<AnalysisEvent> output)
    {
        bool shortHole = toS - fromS <= _options.MaxHoleInSetS;
        if (_set is null && _run is not null && !_history.IsEmpty) TryStartSet(output, final: true);
        if (_set is not null) FollowSet(output, final: true, hole: shortHole);
        if (_set is { } open)
        {
            long lag = (long)Math.Round(open.Model.PeriodS * AnalysisRate.Hertz);
            bool underWay = FrameHistory.IndexOf(fromS) - open.RhythmTurn <= AwaitedSpacingPeriods * lag;
            // After the hole the rhythm counts from a turn half a period before the data come back: the next turn
            // is then due within a period, wherever in its rep the hole ended.
            if (underWay) open.Resume(FrameHistory.IndexOf(toS) - lag / 2, new SignalHole(fromS, toS));
            else EndSet(output);
        }
        Spot(output, final: true);
        output.Add(new SignalGap(fromS, toS));
        _tracker.Reset();
        _history.Restart(FrameHistory.IndexOf(toS));
        _run = null;
        if (_set is null) _consumedUntilS = toS;
    }

    /// <summary>The stream has ended: everything still open is decided and committed.</summary>
    public void Complete(List<AnalysisEvent> output) => Step(output, final: true);

    // ---- rest or work -------------------------------------------------------------------------------------------

    private void Track(PeriodicityPoint p)
    {
        if (_set is not null) return;
        double windowS = WindowS(p.PeriodS);
        bool eligible = p.PeriodS > 0 && p.EnergyMs2 >= _options.EnergyGateMs2 && p.TimeS - windowS >= _consumedUntilS;
        bool on = eligible && p.Rho > (_run is null ? _options.RhoOn : _options.RhoOff);
        if (on)
        {
            _run ??= new Run(p.TimeS);
            _run.Points.Add(p);
        }
        else if (_run is not null) _run.Closed = true;
    }

    private static double WindowS(double periodS) => Math.Max(4.0, 2.5 * periodS);

    private void Step(List<AnalysisEvent> output, bool final)
    {
        if (_history.IsEmpty) return;
        if (_set is null && _run is not null) TryStartSet(output, final);
        if (_set is not null) FollowSet(output, final);
        Spot(output, final);
    }

    // ---- provisional reps (live display only) -------------------------------------------------------------------

    /// <summary>Reports the provisional reps of movement not yet recognised as a set (<see cref="RepSpotter"/>): none
    /// while a set is announced (its announcement replaced them: <see cref="Establish"/>); those of a burst that ended
    /// without a set — nothing is left learning or waiting on it, or the data ended — are withdrawn.</summary>
    private void Spot(List<AnalysisEvent> output, bool final)
    {
        if (_spotter is null) return;
        if (_set is { Established: true }) return;
        if (!final) _spotter.Hop(_history, _nowS, output);
        if (_spotter.InBurst && (final || (_spotter.IsQuiet && _set is null && _run is null)))
            _spotter.Withdraw(_nowS, output);
    }
}
