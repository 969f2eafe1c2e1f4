namespace RepSense.Ingest.Units;

/// <summary>
/// A sampling rate. Built only through <see cref="FromHertz"/> or <see cref="FromPeriodSeconds"/>, so a rate is never
/// a bare number of unknown unit. The default value is invalid (0 Hz) and rejected by every API that takes a rate.
/// </summary>
public readonly record struct SampleRate : IComparable<SampleRate>
{
    private SampleRate(double hertz) => Hertz = hertz;

    /// <summary>Samples per second.</summary>
    public double Hertz { get; }

    /// <summary>Seconds between samples.</summary>
    public double PeriodS => 1.0 / Hertz;

    /// <summary>Creates a rate. Throws for a rate that is not finite and positive.</summary>
    public static SampleRate FromHertz(double hertz)
    {
        if (!double.IsFinite(hertz) || hertz <= 0)
            throw new ArgumentOutOfRangeException(nameof(hertz), hertz, "A sample rate must be a positive number of hertz.");
        return new SampleRate(hertz);
    }

    /// <summary>Creates the rate whose period is <paramref name="seconds"/>.</summary>
    public static SampleRate FromPeriodSeconds(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds <= 0)
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A sample period must be a positive number of seconds.");
        return new SampleRate(1.0 / seconds);
    }

    public bool IsValid => Hertz > 0;

    public int CompareTo(SampleRate other) => Hertz.CompareTo(other.Hertz);

    public override string ToString() => $"{Hertz:0.###} Hz";
}
