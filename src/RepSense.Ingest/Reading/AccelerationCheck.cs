using RepSense.Ingest.Formats;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Reading;

/// <summary>
/// Checks, once a file is read, that its acceleration fits the unit and gravity its format or options claim.
/// With gravity the root-mean-square magnitude sits near 1 g whatever the movement, so 9.8 "g" means the column
/// is really in m/s², and 1 "m/s²" means it is in g. Without gravity the mean vector is near zero (a body that
/// ends where it started has no net acceleration), while gravity would leave about 1 g in it; the magnitude alone
/// cannot tell, as vigorous movement reaches 1 g RMS too. A mismatch is a warning: the samples stay as read.
/// </summary>
internal sealed class AccelerationCheck
{
    private const double LowG = 0.5, HighG = 2.0;
    private const double GravityInMeanG = 0.5;
    private double _sumSquares;
    private Vec3 _sum;
    private long _count;

    public void Add(Vec3 accelerationMs2)
    {
        _sumSquares += accelerationMs2.Dot(accelerationMs2);
        _sum += accelerationMs2;
        _count++;
    }

    public void Report(FileLayout layout, IngestDiagnostics diagnostics)
    {
        if (_count == 0 || layout.AccelerationUnit is not { } unit) return;
        double gravity = Acceleration.StandardGravityMs2;
        double rmsMs2 = Math.Sqrt(_sumSquares / _count);
        double asWritten = rmsMs2 / Acceleration.ToMs2Factor(unit);
        string file = layout.File.DisplayPath;
        string measured = $"the acceleration's RMS magnitude is {rmsMs2:0.###} m/s² ({asWritten:0.###} {Acceleration.Symbol(unit)} as written)";

        if (layout.Format.Acceleration == AccelerationKind.GravityRemoved)
        {
            double meanMs2 = (_sum * (1.0 / _count)).Length;
            if (meanMs2 > GravityInMeanG * gravity)
                diagnostics.Report(IngestProblemKind.SuspectGravity, file, 0,
                    $"the mean acceleration vector is {meanMs2:0.###} m/s² long, as if gravity were in it, " +
                    $"though {layout.Format.Name} is said to have gravity removed");
            return;
        }

        if (Fits(rmsMs2, AccelerationUnit.MetersPerSecondSquared)) return;
        var likelyUnit = Candidates(unit).Where(c => Fits(asWritten, c)).Cast<AccelerationUnit?>().FirstOrDefault();
        if (likelyUnit is { } likely)
        {
            string hint = layout.Format.Family == RecorderFamily.Generic ? "; check the unit in the header or --units" : "";
            diagnostics.Report(IngestProblemKind.SuspectUnit, file, 0,
                $"{measured}: the values look like {Acceleration.Symbol(likely)}, not {Acceleration.Symbol(unit)}{hint}");
        }
        else
        {
            string side = rmsMs2 < LowG * gravity ? "far below" : "far above";
            diagnostics.Report(IngestProblemKind.SuspectGravity, file, 0,
                $"{measured}, {side} gravity ({gravity} m/s²), though {layout.Format.Name} is said to include gravity");
        }
    }

    private static bool Fits(double asWritten, AccelerationUnit unit)
    {
        double ms2 = asWritten * Acceleration.ToMs2Factor(unit);
        return ms2 >= LowG * Acceleration.StandardGravityMs2 && ms2 <= HighG * Acceleration.StandardGravityMs2;
    }

    private static IEnumerable<AccelerationUnit> Candidates(AccelerationUnit claimed) =>
        Enum.GetValues<AccelerationUnit>().Where(u => u != claimed);
}
