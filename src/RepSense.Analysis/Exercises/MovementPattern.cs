namespace RepSense.Analysis.Exercises;

/// <summary>
/// What an exercise trains, in the articles' terms (StrengthLog and Fitplan split back work into vertical pulls,
/// horizontal pulls and erector work; BarBend adds carries and explosive lifts). The non-back patterns exist so the
/// other lifts people record (bench, squat, presses, curls) resolve too. Weekly volume is counted per pattern.
/// </summary>
public enum MovementPattern
{
    /// <summary>Pulling the arms down from overhead: pull-ups, pulldowns, pullovers.</summary>
    VerticalPull,
    /// <summary>Pulling the arms back from in front of the body: rows, face pulls, reverse flyes.</summary>
    HorizontalPull,
    /// <summary>Hip hinge and erector work: deadlifts, back extensions, good mornings.</summary>
    Hinge,
    /// <summary>Loaded walks, timed rather than counted.</summary>
    Carry,
    /// <summary>Lifts that are fast by design: power clean, high pull, kettlebell swing.</summary>
    Explosive,
    Press,
    Squat,
    Curl,
    Other,
}
