using RepSense.Analysis.Reports;
using RepSense.Cli.Reports;

namespace RepSense.Cli.Tests.Reports;

public class RepPhasesTests
{
    // A row: start 0, concentric 0.8 s, top hold 0.4 s around the turn at 1.0 s, eccentric 0.8 s to the end at
    // 2.0 s, then a 0.5 s pause at the bottom.
    private static readonly RepReport Row = new(1, 0, 1.0, 2.0, ConcentricS: 0.8, TopHoldS: 0.4, EccentricS: 0.8, BottomHoldS: 0.5);

    // A squat: start 0, eccentric 1.5 s, bottom hold 0.5 s around the turn at 1.75 s, concentric 0.7 s to the end
    // at 2.7 s, then 1 s standing (top hold).
    private static readonly RepReport Squat = new(1, 0, 1.75, 2.7, ConcentricS: 0.7, TopHoldS: 1.0, EccentricS: 1.5, BottomHoldS: 0.5);

    [Fact]
    public void Concentric_first_rep_is_laid_out_concentric_hold_eccentric_pause()
    {
        Assert.Equal(PhaseOrder.ConcentricFirst, RepPhases.InferOrder([Row]));

        var phases = RepPhases.Lay(Row, PhaseOrder.ConcentricFirst);

        Assert.Equal([PhaseKind.Concentric, PhaseKind.TopHold, PhaseKind.Eccentric, PhaseKind.BottomHold], phases.Select(p => p.Kind));
        AssertTimes([(0, 0.8), (0.8, 1.2), (1.2, 2.0), (2.0, 2.5)], phases);
    }

    [Fact]
    public void Eccentric_first_rep_is_recognised_from_its_numbers()
    {
        Assert.Equal(PhaseOrder.EccentricFirst, RepPhases.InferOrder([Squat]));

        var phases = RepPhases.Lay(Squat, PhaseOrder.EccentricFirst);

        Assert.Equal([PhaseKind.Eccentric, PhaseKind.BottomHold, PhaseKind.Concentric, PhaseKind.TopHold], phases.Select(p => p.Kind));
        AssertTimes([(0, 1.5), (1.5, 2.0), (2.0, 2.7), (2.7, 3.7)], phases);
    }

    [Fact]
    public void A_symmetric_rep_reads_as_concentric_first()
    {
        var symmetric = new RepReport(1, 0, 1, 2, ConcentricS: 1, TopHoldS: 0, EccentricS: 1, BottomHoldS: 0);

        Assert.Equal(PhaseOrder.ConcentricFirst, RepPhases.InferOrder([symmetric]));
    }

    [Fact]
    public void The_pause_stops_where_the_next_rep_starts()
    {
        var phases = RepPhases.Lay(Row, PhaseOrder.ConcentricFirst, nextRepStartS: 2.2);

        Assert.Equal((2.0, 2.2), (phases[^1].StartS, phases[^1].EndS));
    }

    [Fact]
    public void A_rep_without_tempo_analysis_has_no_phases_and_null_holds_count_as_none()
    {
        Assert.Empty(RepPhases.Lay(new RepReport(1, 0, 1, 2), PhaseOrder.ConcentricFirst));

        var noHolds = RepPhases.Lay(new RepReport(1, 0, 1, 2, ConcentricS: 1, EccentricS: 1), PhaseOrder.ConcentricFirst);
        Assert.Equal([PhaseKind.Concentric, PhaseKind.Eccentric], noHolds.Select(p => p.Kind));
        AssertTimes([(0, 1), (1, 2)], noHolds);
    }

    [Fact]
    public void A_rep_the_recording_cut_before_it_came_back_has_its_first_half_alone()
    {
        // A bench press stopped at the bottom of its last rep: the eccentric timed, 0.3 s of data after the turn.
        var cut = RepPhases.Lay(new RepReport(6, 20.0, 21.2, 21.5, EccentricS: 1.1), PhaseOrder.EccentricFirst, nextRepStartS: null);

        Assert.Equal([PhaseKind.Eccentric], cut.Select(p => p.Kind));
        AssertTimes([(20.0, 21.1)], cut);
    }

    private static void AssertTimes((double Start, double End)[] expected, IReadOnlyList<PhaseInterval> phases)
    {
        Assert.Equal(expected.Length, phases.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Start, phases[i].StartS, 1e-9);
            Assert.Equal(expected[i].End, phases[i].EndS, 1e-9);
        }
    }
}
