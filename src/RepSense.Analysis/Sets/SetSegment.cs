using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reps;

namespace RepSense.Analysis.Sets;

/// <summary>One set: a train of reps between rests.</summary>
/// <param name="Index">1-based position in the recording.</param>
/// <param name="StartS">Start of the first rep.</param>
/// <param name="EndS">End of the last rep.</param>
/// <param name="Reps">The reps in order.</param>
/// <param name="PeriodS">The set's typical rep period.</param>
/// <param name="Signals">The set's signals, for tempo analysis and plots.</param>
/// <param name="Periodicity">Mean periodicity (0-1) of the rep train that revealed the set: how clearly it was a
/// set.</param>
public sealed record SetSegment(
    int Index,
    double StartS,
    double EndS,
    IReadOnlyList<Rep> Reps,
    double PeriodS,
    SetSignals Signals,
    double Periodicity)
{
    public int RepCount => Reps.Count;

    /// <summary>The same set without its signals (once its tempo has been analysed, a report needs no more).</summary>
    public SetSegment WithoutSignals() => this with { Signals = SetSignals.Empty(Signals.StartS) };
}

/// <summary>
/// The signals of one set at the analysis rate (<see cref="Conditioning.AnalysisRate"/>), from a little before its
/// first rep to a little after its last.
/// </summary>
/// <param name="StartS">Time of every list's first value.</param>
/// <param name="Counting">The smoothed movement the reps were counted in (arbitrary units; the turns are its extremes
/// on one side, the rests on the other).</param>
/// <param name="Movement">The same projection smoothed only at 3 Hz: where holds and pauses show as flat stretches.</param>
/// <param name="EffortMs2">Magnitude of the acceleration without gravity, m/s²: the jerk of a momentum rep.</param>
/// <remarks>The three projections are recomputed by the counter over each hop's span, and where one hop's values meet
/// the next they can step (an integrated orientation starts from its own offset in each span); <see cref="Frames"/>
/// has no such seams.</remarks>
public sealed record SetSignals(double StartS, IReadOnlyList<double> Counting, IReadOnlyList<double> Movement, IReadOnlyList<double> EffortMs2)
{
    /// <summary>The conditioned sensor frames over the same span, one per value of the lists (acceleration with
    /// gravity; rotation rate, zero when the recording has no gyroscope), as they arrived: the raw material for an
    /// analysis that needs more than the counting direction (phases, which way is up).</summary>
    public IReadOnlyList<Frame> Frames { get => _frames; init => _frames = value as Frame[] ?? [.. value]; }

    private readonly Frame[] _frames = [];

    /// <summary><see cref="Frames"/> for the analysis' loops: a struct's interface indexer is not compiled ahead of
    /// time (architecture.md, Start-up).</summary>
    internal ReadOnlySpan<Frame> FrameSpan => _frames;

    /// <summary>Whether the frames carry a measured rotation rate.</summary>
    public bool HasGyroscope { get; init; }

    /// <summary>Holes in the data the set was carried across, in time order: there every list holds its last value
    /// before the hole (and the frames their last frame), so nothing measured may span one.</summary>
    public IReadOnlyList<SignalHole> Holes { get; init; } = [];

    /// <summary>Values [<paramref name="from"/>, <paramref name="to"/>) (clamped to the lists) as signals of their own,
    /// without holes.</summary>
    public SetSignals Slice(int from, int to)
    {
        from = Math.Clamp(from, 0, Count);
        to = Math.Clamp(to, from, Count);
        return new SetSignals(TimeAt(from), Counting.Skip(from).Take(to - from).ToArray(),
                              Movement.Skip(from).Take(to - from).ToArray(), EffortMs2.Skip(from).Take(to - from).ToArray())
        {
            Frames = _frames.Length == 0 ? [] : _frames[from..to],
            HasGyroscope = HasGyroscope,
        };
    }

    public static SetSignals Empty(double startS) => new(startS, [], [], []);

    public int Count => Counting.Count;

    /// <summary>Index of the value at <paramref name="timeS"/> (clamped to the lists).</summary>
    public int IndexAt(double timeS) =>
        Math.Clamp((int)Math.Round((timeS - StartS) * Conditioning.AnalysisRate.Hertz), 0, Math.Max(0, Count - 1));

    public double TimeAt(int index) => StartS + index * Conditioning.AnalysisRate.PeriodS;
}

/// <summary>A hole in the data inside a set: the last sample before it and the first after it, seconds.</summary>
public readonly record struct SignalHole(double FromS, double ToS);
