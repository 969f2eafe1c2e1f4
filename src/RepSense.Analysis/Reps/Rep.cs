namespace RepSense.Analysis.Reps;

/// <summary>
/// One counted rep (see "Rep anatomy" in docs/architecture.md). Times are seconds from the recording's first sample.
/// </summary>
/// <param name="Index">1-based position in its set.</param>
/// <param name="StartS">Leaving the rest position.</param>
/// <param name="TurnS">The turning point between the rep's two halves.</param>
/// <param name="EndS">Back at the rest position.</param>
/// <param name="RelativeRange">The rep's swing over the set's typical swing (1 = a typical rep; well below 1 = a
/// partial rep).</param>
public sealed record Rep(int Index, double StartS, double TurnS, double EndS, double RelativeRange)
{
    public double DurationS => EndS - StartS;

    /// <summary>The data stopped before the rep came back (the recording ended at the lockout, or on the way to it; or a
    /// hole the set was carried across opened there): only the first half and the turn were seen, and
    /// <see cref="EndS"/> is where the data stop. Only a set's last rep, or the last before a hole, can be.</summary>
    public bool SecondHalfCut { get; init; }
}
