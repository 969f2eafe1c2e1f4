using RepSense.Analysis.Exercises;
using RepSense.Analysis.Reports;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Validation;

/// <summary>
/// Validates the tempo analysis against the simulator: each case is simulated, analysed in memory by the real
/// pipeline (<see cref="SimulatedAnalysis"/> and <see cref="AnalysisReportBuilder"/>) once with the exercise given
/// and once without, and compared with its truth (<see cref="TempoComparison"/>).
/// </summary>
public static class TempoEvaluation
{
    /// <summary>Both outcomes of one case: exercise known, then unknown.</summary>
    public static IReadOnlyList<TempoCaseOutcome> Run(TempoEvalCase evalCase, TempoOptions? options = null)
    {
        var recording = Simulator.Simulate(evalCase.Plan());
        var session = SimulatedAnalysis.Analyze(recording.Tracks);
        var exercise = ExerciseCatalog.Default.Resolve(evalCase.Exercise);
        string name = evalCase.ToString();
        var known = AnalysisReportBuilder.Build(session, name, "simulated", exercise, options);
        var unknown = AnalysisReportBuilder.Build(session, name, "simulated", tempo: options);
        return [TempoComparison.Compare(evalCase, recording.Truth, known, exerciseKnown: true),
                TempoComparison.Compare(evalCase, recording.Truth, unknown, exerciseKnown: false)];
    }

    /// <summary>Every case on up to <paramref name="parallelism"/> threads; <paramref name="done"/> is called after
    /// each (from any thread). Outcomes come back in case order.</summary>
    public static IReadOnlyList<TempoCaseOutcome> Run(IReadOnlyList<TempoEvalCase> cases, int parallelism, Action? done = null,
                                                      TempoOptions? options = null)
    {
        var outcomes = new IReadOnlyList<TempoCaseOutcome>[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            outcomes[i] = Run(cases[i], options);
            done?.Invoke();
        });
        return outcomes.SelectMany(o => o).ToList();
    }
}
