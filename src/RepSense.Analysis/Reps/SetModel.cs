namespace RepSense.Analysis.Reps;

/// <summary>
/// What the counter learned about one set from its first periodic reps, and uses to follow the rest of it: which
/// sensor and direction carry the reps, which side of the movement is the turn, how long and how large a rep is,
/// and what one looks like.
/// </summary>
internal sealed record SetModel(
    bool UsesGyro,
    double[] Direction,
    bool TurnIsMaximum,
    double PeriodS,
    double TypicalSwing,
    double Hysteresis,
    double[] ChannelScale,
    double[] Template,
    double RhoMean);
