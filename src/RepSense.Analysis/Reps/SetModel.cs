namespace RepSense.Analysis.Reps;

/// <summary>
/// What the counter learned about one set from its first periodic reps, and uses to follow the rest of it: which
/// sensor and direction carry the reps, which side of the movement is the turn, how long and how large a rep is,
/// and what one looks like.
/// </summary>
internal sealed record SetModel(
    CountingSource Source,
    double[] Direction,
    bool TurnIsMaximum,
    double PeriodS,
    double TypicalSwing,
    double Hysteresis,
    double[] ChannelScale,
    double[] Template,
    double RhoMean);

/// <summary>Which movement channels a set is counted in (see <c>RepAnalyzer.Features</c>).</summary>
internal enum CountingSource
{
    /// <summary>Acceleration with gravity: tilt of the wrist plus the push of the movement.</summary>
    Acceleration,
    /// <summary>Orientation change, the gyroscope integrated: rotations of the forearm.</summary>
    Orientation,
}
