using RepSense.Analysis.Sets;

namespace RepSense.Analysis.Reps;

// What the counter holds between hops: the periodic run, the candidate sets, the cycles.
public sealed partial class RepAnalyzer
{
    private sealed class Run(double startS)
    {
        public double StartS { get; } = startS;
        public List<PeriodicityPoint> Points { get; } = new();
        public bool Closed { get; set; }
    }

    /// <summary>The three signals of one recomputed span, aligned.</summary>
    private readonly record struct SpanSignals(double[] Counting, double[] Movement, double[] Effort);

    private readonly record struct Cycle(long Start, long Turn, long End, double RelativeRange, bool SecondHalfCut = false);

    private sealed class Candidate(bool turnIsMaximum, List<Cycle> cycles, double typicalSwing, double[] template)
    {
        public bool TurnIsMaximum { get; } = turnIsMaximum;
        public List<Cycle> Cycles { get; } = cycles;
        public double TypicalSwing { get; } = typicalSwing;
        public double[] Template { get; } = template;
        public double Coverage { get; set; }
        public double RestEvidence { get; set; }
    }
}
