using System.Globalization;

namespace RepSense.Analysis.Tempo;

/// <summary>
/// A rep's tempo in the usual notation, eccentric-pause-concentric-pause, in seconds: <c>3-1-X-0</c> is a 3 s
/// eccentric, 1 s pause after it (<see cref="BottomPauseS"/>), an explosive concentric and no pause after the
/// concentric (<see cref="TopPauseS"/>). The pause names follow the rep-anatomy notes: "bottom" is the pause after the
/// eccentric, "top" the pause after the concentric, whichever half comes first in the exercise.
/// </summary>
/// <param name="EccentricS">Eccentric duration.</param>
/// <param name="BottomPauseS">Pause after the eccentric.</param>
/// <param name="ConcentricS">Concentric duration; <see cref="ExplosiveConcentricS"/> for <c>X</c>.</param>
/// <param name="TopPauseS">Pause after the concentric.</param>
public sealed record TempoNotation(double EccentricS, double BottomPauseS, double ConcentricS, double TopPauseS)
{
    /// <summary>What an <c>X</c> (explosive, under half a second) concentric stands for when a duration is needed.</summary>
    public const double ExplosiveConcentricS = 0.4;

    /// <summary>Concentrics shorter than this are written <c>X</c>.</summary>
    public const double ExplosiveBelowS = 0.5;

    /// <summary>Parses <c>2-1-1-0</c>, <c>3-1-X-0</c> or <c>2.5-0-1-0</c> (four non-negative numbers of seconds,
    /// <c>X</c> allowed for the concentric). Returns null and a reason when the text is not a tempo.</summary>
    public static TempoNotation? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Trim().Split('-');
        if (parts.Length != 4)
        {
            error = $"a tempo has four parts, eccentric-pause-concentric-pause (e.g. 2-1-1-0); found '{text}'";
            return null;
        }
        var values = new double[4];
        for (int i = 0; i < 4; i++)
        {
            string part = parts[i].Trim();
            if (i == 2 && part.Equals("X", StringComparison.OrdinalIgnoreCase))
            {
                values[i] = ExplosiveConcentricS;
                continue;
            }
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])
                || !double.IsFinite(values[i]) || values[i] < 0 || values[i] > 60)
            {
                error = $"tempo part {i + 1} of '{text}' should be a number of seconds from 0 to 60"
                        + (i == 2 ? " or X" : "") + $"; found '{part}'";
                return null;
            }
        }
        if (values[0] == 0 || values[2] == 0)
        {
            error = $"a rep needs an eccentric and a concentric longer than 0 s; found '{text}'";
            return null;
        }
        return new TempoNotation(values[0], values[1], values[2], values[3]);
    }

    public static TempoNotation Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException(error);

    /// <summary>The notation with whole seconds (rounded half away from zero), <c>X</c> for a concentric under
    /// <see cref="ExplosiveBelowS"/>: 2.04-0.96-1.1-0.02 is written 2-1-1-0.</summary>
    public override string ToString() =>
        $"{Whole(EccentricS)}-{Whole(BottomPauseS)}-{(ConcentricS < ExplosiveBelowS ? "X" : Whole(ConcentricS))}-{Whole(TopPauseS)}";

    private static string Whole(double seconds) =>
        Math.Round(seconds, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
