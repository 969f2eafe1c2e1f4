using RepSense.Analysis.Tempo;
using RepSense.Ingest.Units;

namespace RepSense.Analysis.Simulation;

/// <summary>Everything that decides a simulated recording. The same plan always gives the same recording.</summary>
/// <param name="Session">What the lifter does.</param>
/// <param name="AccelerometerRate">10 to 200 Hz.</param>
public sealed record SimulationPlan(SessionPlan Session, SampleRate AccelerometerRate)
{
    public const double MinRateHz = 10;
    public const double MaxRateHz = 200;

    /// <summary>Whether there is a gyroscope track.</summary>
    public bool Gyroscope { get; init; } = true;

    /// <summary>The gyroscope's rate (10 to 200 Hz); null for the accelerometer's.</summary>
    public SampleRate? GyroscopeRate { get; init; }

    /// <summary>Whether the gyroscope samples on its own clock (starting within one of its periods after the first
    /// accelerometer sample, as separate sensor files do) instead of on the accelerometer's timestamps.</summary>
    public bool GyroscopeOwnClock { get; init; }

    public SensorModel Sensor { get; init; } = SensorModel.Phone;

    /// <summary>How the sensor sits on the wrist (sensor-to-wrist rotation); null draws one uniformly from all
    /// orientations using the seed.</summary>
    public Rotation? Mount { get; init; }

    /// <summary>Seeds every random choice (motion, faults drawn by rate, rest lengths, mount, noise).</summary>
    public int Seed { get; init; }

    /// <summary>Wall-clock time of the first sample.</summary>
    public DateTimeOffset StartTime { get; init; } = new(2025, 3, 14, 18, 30, 0, TimeSpan.FromHours(1));

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing out of range.</summary>
    public void Validate()
    {
        CheckRate(AccelerometerRate, "accelerometer");
        if (GyroscopeRate is { } g) CheckRate(g, "gyroscope");
        if (Session.Sets.Count == 0) throw new ArgumentException("A recording needs at least one set.");
        foreach (var set in Session.Sets)
        {
            if (set.Reps < 1 || set.Reps > 100)
                throw new ArgumentException($"A set has 1 to 100 reps; {set.Exercise.Name} has {set.Reps}.");
            if (set.FatiguePct < 0 || set.FatiguePct > 200)
                throw new ArgumentException($"Fatigue is 0 to 200 %; found {set.FatiguePct}.");
            foreach (var (rep, faults) in set.Faults)
            {
                if (rep < 1 || rep > set.Reps)
                    throw new ArgumentException($"A fault is planned on rep {rep} of a {set.Reps}-rep {set.Exercise.Name} set.");
                if (faults.HasFlag(RepFaults.MissingPause) && !HasPause(set))
                    throw new ArgumentException(
                        $"A missing pause needs a tempo that asks for one; {set.Exercise.Name} at {set.Tempo} has none.");
            }
        }
        var s = Session;
        if (s.IdleBeforeS < 0 || s.IdleAfterS < 0 || s.RestMinS < 0 || s.RestMaxS < s.RestMinS)
            throw new ArgumentException("Idle times and rests must be positive, and the rest range min ≤ max.");
        if (s.VariationPct < 0 || s.VariationPct > 50)
            throw new ArgumentException($"Rep-to-rep variation is 0 to 50 %; found {s.VariationPct}.");
    }

    /// <summary>A pause at least this long is one the tempo asks for, so skipping it is a fault; anything shorter is
    /// the moment it takes to turn around.</summary>
    internal const double SkippablePauseS = 0.3;

    /// <summary>Whether the tempo asks for a pause long enough that skipping it is a fault.</summary>
    internal static bool HasPause(SetPlan set) => HasPause(set.Tempo);

    /// <inheritdoc cref="HasPause(SetPlan)"/>
    internal static bool HasPause(TempoNotation tempo) => tempo.BottomPauseS >= SkippablePauseS || tempo.TopPauseS >= SkippablePauseS;

    private static void CheckRate(SampleRate rate, string sensor)
    {
        if (!rate.IsValid || rate.Hertz < MinRateHz || rate.Hertz > MaxRateHz)
            throw new ArgumentException(
                $"The {sensor} rate must be {MinRateHz:0} to {MaxRateHz:0} Hz; found {rate.Hertz:0.###} Hz.");
    }
}
