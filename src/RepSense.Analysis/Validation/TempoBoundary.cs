using RepSense.Analysis.Reports;

namespace RepSense.Analysis.Validation;

/// <summary>The instants that divide a rep into its phases (see Rep anatomy in docs/architecture.md).</summary>
public enum TempoBoundary
{
    /// <summary>Movement of the first half begins.</summary>
    Start,
    /// <summary>The first half ends: the hold at the turn begins (the concentric/eccentric boundary).</summary>
    HoldStart,
    /// <summary>The middle of the hold at the turn.</summary>
    Turn,
    /// <summary>The hold ends: the second half begins.</summary>
    HoldEnd,
    /// <summary>Movement of the second half ends.</summary>
    End,
}

/// <summary>A rep report's boundaries, seconds.</summary>
internal static class RepBoundaries
{
    /// <summary>Whether the set's reps start with the concentric, as its report tells: the pause after the last
    /// rep is null, and it is the bottom hold when the concentric comes first.</summary>
    public static bool StartsWithConcentric(SetReport set) =>
        set.RepDetails.Count == 0 || set.RepDetails[^1].BottomHoldS is null;

    /// <summary>The time of <paramref name="boundary"/> in <paramref name="rep"/>; null when the report has no
    /// phases.</summary>
    public static double? At(RepReport rep, bool concentricFirst, TempoBoundary boundary)
    {
        double? first = concentricFirst ? rep.ConcentricS : rep.EccentricS;
        double? hold = concentricFirst ? rep.TopHoldS : rep.BottomHoldS;
        return boundary switch
        {
            TempoBoundary.Start => rep.StartS,
            TempoBoundary.HoldStart => rep.StartS + first,
            TempoBoundary.Turn => rep.TurnS,
            TempoBoundary.HoldEnd => rep.StartS + first + (hold ?? 0),
            TempoBoundary.End => rep.EndS,
            _ => throw new ArgumentOutOfRangeException(nameof(boundary)),
        };
    }
}
