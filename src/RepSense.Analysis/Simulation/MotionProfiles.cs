namespace RepSense.Analysis.Simulation;

/// <summary>
/// Progress curves over a movement: s in [0, 1] (fraction of the movement's time) to progress in [0, 1] (fraction
/// of its path). Both start and end at rest (zero velocity), so movements chain without velocity jumps.
/// </summary>
public static class MotionProfiles
{
    /// <summary>The minimum-jerk curve 10s³ − 15s⁴ + 6s⁵: how practised, controlled human movements look (Flash and
    /// Hogan 1985). Peak acceleration 5.77 × path / duration², at s ≈ 0.21 and (decelerating) 0.79.</summary>
    public static double MinimumJerk(double s)
    {
        if (s <= 0) return 0;
        if (s >= 1) return 1;
        return s * s * s * (10 + s * (-15 + 6 * s));
    }

    /// <summary>A movement thrown from the start, velocity 12s(1 − s)²: peak acceleration 12 × path / duration² at
    /// s = 0 (a jerk, where a controlled rep starts at zero acceleration), gliding out to the end. What a momentum rep
    /// or a swing looks like.</summary>
    public static double Thrown(double s)
    {
        if (s <= 0) return 0;
        if (s >= 1) return 1;
        return s * s * (6 + s * (-8 + 3 * s));
    }

    /// <summary>The mirror of <see cref="Thrown"/>: starts gently and is stopped hard at the end (12 × path /
    /// duration² of deceleration). A dropped, rushed eccentric caught at the bottom.</summary>
    public static double Caught(double s) => 1 - Thrown(1 - s);

    /// <summary>A raised-cosine step from 0 to 1: smooth envelope for oscillations that fade in and out.</summary>
    public static double SmoothStep(double s)
    {
        if (s <= 0) return 0;
        if (s >= 1) return 1;
        return 0.5 - 0.5 * Math.Cos(Math.PI * s);
    }
}
