namespace RepSense.Analysis.Reports;

/// <summary>
/// The result of analysing one recording, in the shape <c>repsense analyze --json</c> prints and the simulator's
/// <c>.truth.json</c> sidecar uses, so a result and its truth compare field by field. All times are seconds from the
/// recording's first sample. Later capabilities add fields; the ones here stay.
/// </summary>
/// <param name="File">The recording's path as given.</param>
/// <param name="Format">The detected format's name.</param>
/// <param name="SampleRateHz">The measured rate of the input (samples per second outside gaps).</param>
/// <param name="DurationS">From the first to the last sample.</param>
/// <param name="TotalReps">Sum of <see cref="SetReport.Reps"/> over <see cref="Sets"/>.</param>
/// <param name="Sets">Sets in time order, numbered from 1.</param>
public sealed record AnalysisReport(
    string File,
    string Format,
    double SampleRateHz,
    double DurationS,
    int TotalReps,
    IReadOnlyList<SetReport> Sets);

/// <summary>One set: a stretch of work between rests.</summary>
/// <param name="Index">1-based position in the recording.</param>
/// <param name="StartS">Start of the first rep (or of the work, if no rep was recognised).</param>
/// <param name="EndS">End of the last rep.</param>
/// <param name="Reps">The number of reps counted (partial reps included; <see cref="RepDetails"/> has one entry each).</param>
/// <param name="Exercise">Catalog name of the exercise when known (given with --exercise or by the simulator), else null.</param>
/// <param name="RepDetails">Each rep's boundaries and, once tempo analysis ran, its phases and flags.</param>
/// <param name="Tempo">Typical tempo in eccentric-pause-concentric-pause notation (e.g. "3-1-X-0"), when analysed.</param>
/// <param name="TimeUnderTensionS">Sum of the reps' concentric and eccentric time and holds, when analysed.</param>
/// <param name="SlowdownPct">Rep-duration increase from the set's first two reps to its last two, percent (a
/// fatigue and velocity-loss proxy: the same range in more time), when analysed.</param>
/// <param name="Flags">Flags on the set as a whole (tempo-drift), when analysed; rep flags are on the reps.</param>
/// <param name="ConcentricFrom">How the concentric half was told: "exercise" (its motion in the catalog) or "signal"
/// (the half in which the hand rises when the set shows it clearly, else the faster half), when analysed.</param>
public sealed record SetReport(
    int Index,
    double StartS,
    double EndS,
    int Reps,
    string? Exercise,
    IReadOnlyList<RepReport> RepDetails,
    string? Tempo = null,
    double? TimeUnderTensionS = null,
    double? SlowdownPct = null,
    IReadOnlyList<FlagReport>? Flags = null,
    string? ConcentricFrom = null);

/// <summary>One rep. <see cref="TurnS"/> is the turning point between its two halves (top of a pull or press,
/// bottom of a hinge); which half is concentric is the tempo analysis' call. <see cref="RangeOfMotion"/> and
/// <see cref="PeakEffort"/> are relative to the set's typical rep (1 = typical). <see cref="SecondHalfCut"/>: the
/// data stopped before the rep came back (the end of the recording after a set's last rep, or a hole the set was
/// carried across); <see cref="EndS"/> is then where the data stop, and only its first half may be timed.</summary>
public sealed record RepReport(
    int Index,
    double StartS,
    double TurnS,
    double EndS,
    double? ConcentricS = null,
    double? TopHoldS = null,
    double? EccentricS = null,
    double? BottomHoldS = null,
    IReadOnlyList<FlagReport>? Flags = null,
    double? RangeOfMotion = null,
    double? PeakEffort = null,
    bool SecondHalfCut = false);

/// <summary>A tempo flag on a rep or set. <see cref="Code"/> names the detected behaviour (momentum,
/// rushed-eccentric, missing-pause, no-dead-stop, partial-rep, tempo-drift); <see cref="Severity"/> is "fault" or
/// "info", decided by the exercise's policy. <see cref="Measured"/> and <see cref="Threshold"/> are the numbers behind
/// it (seconds, or a ratio to the set's typical rep).</summary>
public sealed record FlagReport(string Code, string Severity, string Message, double? Measured = null, double? Threshold = null);
