using RepSense.Analysis.Reports;

namespace RepSense.Analysis.Validation;

/// <summary>How the reps counted in a simulated recording differ from the ones performed. The tempo evaluation
/// leaves such sets out of its comparisons; these kinds say what went wrong, for whoever works on counting.</summary>
public enum CountingError
{
    /// <summary>Most counted turns lie nearer the performed reps' starts and ends than to their turns: the wrong end
    /// of the swing was taken for the rest position, so every counted rep is half a rep off.</summary>
    WrongSide,
    /// <summary>The first performed rep has no counted turn near its own.</summary>
    MissedFirst,
    /// <summary>A performed rep between the first and the last has no counted turn near its own.</summary>
    MissedMiddle,
    /// <summary>The last performed rep has no counted turn near its own.</summary>
    MissedLast,
    /// <summary>A counted rep before the set (the approach, an un-rack).</summary>
    ExtraBefore,
    /// <summary>A counted rep inside the set that is none of the performed ones.</summary>
    ExtraInside,
    /// <summary>A counted rep after the set (the retreat, a re-rack).</summary>
    ExtraAfter,
}

/// <summary>Tells the <see cref="CountingError"/>s of a recording's counted reps against its one performed set.</summary>
public static class CountingErrors
{
    /// <summary>A counted turn within this share of the performed reps' mean spacing of a performed turn is that rep.</summary>
    private const double MatchShare = 0.35;

    /// <summary>The kinds of error in the reps of <paramref name="detected"/> (every set found in the recording)
    /// against <paramref name="performed"/>, each kind once, in declaration order; empty when the counted reps are the
    /// performed ones, or when nothing was counted (the set was missed).</summary>
    public static IReadOnlyList<CountingError> Of(SetReport performed, IReadOnlyList<SetReport> detected)
    {
        var counted = detected.SelectMany(s => s.RepDetails).Select(r => r.TurnS).ToList();
        var reps = performed.RepDetails;
        if (counted.Count == 0 || reps.Count == 0) return [];

        double DistanceToTurn(double t) => reps.Min(r => Math.Abs(t - r.TurnS));
        double DistanceToBoundary(double t) => reps.Min(r => Math.Min(Math.Abs(t - r.StartS), Math.Abs(t - r.EndS)));
        if (counted.Count(t => DistanceToBoundary(t) < DistanceToTurn(t)) > counted.Count / 2) return [CountingError.WrongSide];

        double tolerance = MatchShare * (reps[^1].EndS - reps[0].StartS) / reps.Count;
        var kinds = new SortedSet<CountingError>();
        for (int j = 0; j < reps.Count; j++)
            if (!counted.Any(t => Math.Abs(t - reps[j].TurnS) < tolerance))
                kinds.Add(j == 0 ? CountingError.MissedFirst : j == reps.Count - 1 ? CountingError.MissedLast : CountingError.MissedMiddle);
        foreach (double t in counted)
            if (DistanceToTurn(t) >= tolerance)
                kinds.Add(t < reps[0].StartS ? CountingError.ExtraBefore : t > reps[^1].EndS ? CountingError.ExtraAfter : CountingError.ExtraInside);
        return kinds.ToList();
    }
}
