using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Signal;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Reps;

/// <summary>
/// Provisional reps for a live display, while no set is recognised. A set is announced only after
/// <see cref="CountingOptions.MinSetS"/> of periodic movement, so its first reps would reach a lifter's screen several
/// seconds late; the spotter counts the movement's out-and-back cycles as they complete, each reported at most a hop
/// after its return, and marked provisional: a fidget or the un-racking may be one. When the set is recognised, its
/// announcement (<see cref="SetStarted"/> and its <see cref="RepCounted"/> reps) replaces them; when the movement stops
/// without a set, <see cref="ProvisionalRepsWithdrawn"/> takes them back. Nothing the spotter says is final, and the
/// counted reps never depend on it.
/// <para>Each hop it looks at the last <see cref="WindowS"/> of the burst of movement (which starts a little before the
/// energy rose): the accelerometer low-passed at <see cref="SmoothingHz"/> (gravity kept: the wrist's tilt is often the
/// clearest trace of a rep), projected on its direction of largest variance. The posture the burst began from is rest,
/// and the turns lie on the side of the swing farther from it; a cycle is a turn at least
/// <see cref="CountingOptions.MinSwingMs2"/> and half the window's range away from the rest side before it, and a
/// return <see cref="ReturnShare"/> of the way back. A cycle is reported once, when it is first seen; one whose turn
/// comes before the end of the last cycle reported is the same cycle seen again.</para>
/// <para>The moves that set a lift up (un-racking, lying down with the dumbbells, lifting them to the shoulders) are
/// cycles too, and a set's reps follow them at another size: a cycle whose swing differs from the last one's by more
/// than <see cref="SizeChangeRatio"/> starts the count anew, the cycles before it withdrawn; so does a pause before
/// the last cycle more than <see cref="PauseRatio"/> times the spacing from it to the new one, the last cycle then
/// reported again as rep 1. Measured on the real recordings (live's settings), the count shown a second after each
/// of a set's first reps is then right for 80, 68 and 55 % of them on the MetaMotion, Pebble and Apple Watch, within
/// one for 98, 93 and 89 % (77, 50 and 36 %, within one 92, 83 and 74 %, with a 10 s window, counting on), for 67-97
/// withdrawals an hour of recording instead of 0.4-13.</para>
/// </summary>
internal sealed class RepSpotter(double energyGateMs2, double minSwingMs2)
{
    private const double SmoothingHz = 1.5;
    /// <summary>How far back from the turn toward the rest side the signal must come for the cycle to be complete:
    /// far enough that the way back is under way, early enough that a rep is reported before its pause at rest.</summary>
    private const double ReturnShare = 0.6;
    /// <summary>How long the movement energy must stay below the gate for a burst to be over.</summary>
    private const double QuietS = 1.0;
    /// <summary>The span looked at each hop: the recent movement, so the set-up before a set (picking the weights up,
    /// lying down) soon stops setting the direction and the size a rep must reach — about a slow rep and a half
    /// (10 s, measured against 4-8 s, kept the set-up in view for the first two or three reps).</summary>
    private const double WindowS = 6.0;
    /// <summary>How much larger or smaller than the last cycle a cycle must be to be other movement (a set-up move
    /// against a rep); a set's reps vary far less (1.6 withdrew some sets' own first reps, 2.5 kept more set-up moves).</summary>
    private const double SizeChangeRatio = 2.0;
    /// <summary>How much longer than the spacing of the last two cycles the spacing before them must be for the cycles
    /// before the pause to be other movement (set-up moves, then a pause, then the set's rhythm). 1.25, 1.4, 1.6 and 2
    /// measured: 1.5 is within 2.5 points of the best on every dataset, real and simulated.</summary>
    private const double PauseRatio = 1.5;
    /// <summary>Frames before the energy rose that are taken as the rest the burst starts from (the energy is the RMS
    /// of a trailing window, so it rises a little after the movement).</summary>
    private const double LeadS = 1.0;
    /// <summary>The periodicity tracker's energy window: the energy rises above the gate up to this long after the
    /// movement began.</summary>
    private const double EnergyWindowS = 2.0;

    private static readonly IirDesign Smoothing = Butterworth.LowPass(2, SmoothingHz, SampleRate.FromHertz(AnalysisRate.Hertz));

    private long _burstFrom = -1;
    private double _lastActiveS = double.NegativeInfinity;
    private bool _quiet = true;
    /// <summary>The cycles reported in the current count (since the burst began, a set or a withdrawal).</summary>
    private readonly List<ProvisionalRep> _counted = [];
    private long _lastEnd = -1;
    private double _lastSwing;
    private double[]? _rest;

    /// <summary>The movement energy of the newest frames (a periodicity point's); starts and ends bursts.</summary>
    public void Energy(double timeS, double energyMs2, long firstIndex)
    {
        if (energyMs2 >= energyGateMs2)
        {
            if (_burstFrom < 0 && _quiet) _burstFrom = Math.Max(firstIndex, FrameHistory.IndexOf(timeS - LeadS - EnergyWindowS));
            _lastActiveS = timeS;
            _quiet = false;
        }
        else if (timeS - _lastActiveS >= QuietS) _quiet = true;
    }

    /// <summary>Whether the movement has stopped since the last burst began.</summary>
    public bool IsQuiet => _quiet;

    /// <summary>Looks for cycles completed since the last one reported; appends a <see cref="ProvisionalRep"/> for
    /// each.</summary>
    public void Hop(FrameHistory history, double nowS, List<AnalysisEvent> output)
    {
        if (_burstFrom < 0) return;
        long to = history.EndIndex;
        long from = Math.Max(Math.Max(_burstFrom, history.FirstIndex), to - (long)(WindowS * AnalysisRate.Hertz));
        if (to - from < 8) return;
        _rest ??= RestPosture(history, Math.Max(_burstFrom, history.FirstIndex));
        foreach (var (start, turn, end, swing) in Cycles(history, from, to, _rest))
        {
            if (from + turn <= _lastEnd) continue;
            double turnS = FrameHistory.TimeOf(from + turn);
            if (_counted.Count > 0 && (swing > SizeChangeRatio * _lastSwing || swing * SizeChangeRatio < _lastSwing))
                CountAnew(keepLast: false, nowS, output);
            else if (_counted.Count >= 2 && _counted[^1].TurnS - _counted[^2].TurnS > PauseRatio * (turnS - _counted[^1].TurnS))
                CountAnew(keepLast: true, nowS, output);
            _lastSwing = swing;
            var cycle = new ProvisionalRep(_counted.Count + 1, FrameHistory.TimeOf(from + start), turnS,
                                           FrameHistory.TimeOf(from + end), nowS);
            _counted.Add(cycle);
            output.Add(cycle);
            _lastEnd = from + end;
        }
    }

    /// <summary>Withdraws the cycles counted so far; with <paramref name="keepLast"/> the last of them, the first of the
    /// new count, is reported again as rep 1.</summary>
    private void CountAnew(bool keepLast, double nowS, List<AnalysisEvent> output)
    {
        output.Add(new ProvisionalRepsWithdrawn(_counted.Count, nowS));
        var last = _counted[^1];
        _counted.Clear();
        if (!keepLast) return;
        var again = last with { Number = 1, AtS = nowS };
        _counted.Add(again);
        output.Add(again);
    }

    /// <summary>Ends the current burst without a set: its provisional reps, if any, are withdrawn.</summary>
    public void Withdraw(double nowS, List<AnalysisEvent> output)
    {
        if (_counted.Count > 0) output.Add(new ProvisionalRepsWithdrawn(_counted.Count, nowS));
        Replaced();
    }

    /// <summary>Ends the current burst: a set was announced, whose reps replace its provisional ones.</summary>
    public void Replaced()
    {
        _burstFrom = -1;
        _counted.Clear();
        _lastEnd = -1;
        _rest = null;
    }

    /// <summary>Whether a burst is under way.</summary>
    public bool InBurst => _burstFrom >= 0;

    /// <summary>The mean acceleration (the wrist's posture, with gravity) over the burst's first <see cref="LeadS"/>: the
    /// rest it began from.</summary>
    private static double[] RestPosture(FrameHistory history, long from)
    {
        int n = (int)Math.Min(LeadS * AnalysisRate.Hertz, history.EndIndex - from);
        var rest = new double[3];
        var x = new double[n];
        for (int c = 0; c < 3; c++)
        {
            history.Copy(c, from, from + n, x);
            rest[c] = Stats.Mean(x);
        }
        return rest;
    }

    /// <summary>The completed cycles in the window, with each one's swing (from the rest before it to its turn).</summary>
    private List<(int Start, int Turn, int End, double Swing)> Cycles(FrameHistory history, long from, long to, double[] rest)
    {
        int n = (int)(to - from);
        var axes = new double[3][];
        for (int c = 0; c < 3; c++)
        {
            axes[c] = new double[n];
            history.Copy(c, from, to, axes[c]);
        }
        IirFilter.ZeroPhaseInplace(Smoothing, axes);
        var direction = PrincipalAxes.Top(axes, 0, n, 1)[0];
        var x = PrincipalAxes.Project(axes, direction);
        double restLevel = direction[0] * rest[0] + direction[1] * rest[1] + direction[2] * rest[2];

        var cycles = new List<(int, int, int, double)>();
        double low = x[0], high = x[0];
        for (int i = 1; i < n; i++) { low = Math.Min(low, x[i]); high = Math.Max(high, x[i]); }
        double range = high - low;
        if (!(range >= 0)) return cycles;
        // Rest is the posture the burst began from; the turns lie on the far side of the range from it.
        double sign = high - restLevel >= restLevel - low ? 1 : -1;
        double minSwing = Math.Max(minSwingMs2, 0.5 * range);

        // Walk the signal as distance from rest: out past the swing to a turn, back by ReturnShare of it.
        int start = 0, turn = -1;
        double restValue = sign * x[0], turnValue = double.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            double v = sign * x[i];
            if (turn < 0)
            {
                if (v < restValue) { restValue = v; start = i; }
                if (v - restValue >= minSwing) { turn = i; turnValue = v; }
            }
            else if (v > turnValue) { turn = i; turnValue = v; }
            else if (turnValue - v >= ReturnShare * (turnValue - restValue))
            {
                cycles.Add((start, turn, i, turnValue - restValue));
                turn = -1;
                start = i;
                restValue = v;
            }
        }
        return cycles;
    }
}
