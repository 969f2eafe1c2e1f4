namespace RepSense.Analysis.Conditioning;

/// <summary>
/// One sample of the conditioned signal the analyzer works on: band-limited and on a uniform clock at
/// <see cref="AnalysisRate.Hertz"/>. Acceleration keeps gravity when the recording had it (the tilt of the wrist is
/// often the clearest trace of a rep); rotation rate is zero when the recording has no gyroscope.
/// </summary>
/// <param name="TimeS">Seconds from the recording's first sample, on the analysis grid.</param>
/// <param name="AxMs2">Acceleration along the sensor's x axis, m/s².</param>
/// <param name="AyMs2">Acceleration along the sensor's y axis, m/s².</param>
/// <param name="AzMs2">Acceleration along the sensor's z axis, m/s².</param>
/// <param name="GxRadS">Rotation rate about x, rad/s.</param>
/// <param name="GyRadS">Rotation rate about y, rad/s.</param>
/// <param name="GzRadS">Rotation rate about z, rad/s.</param>
public readonly record struct Frame(
    double TimeS,
    double AxMs2, double AyMs2, double AzMs2,
    double GxRadS, double GyRadS, double GzRadS);

/// <summary>The analysis clock. 20 Hz holds every rep (reps are slower than 2 Hz) with room for the sharp onset of a
/// momentum rep, and keeps the per-hour cost of the analysis small whatever the recorder's rate.</summary>
public static class AnalysisRate
{
    public const double Hertz = 20.0;
    public const double PeriodS = 1.0 / Hertz;
}
