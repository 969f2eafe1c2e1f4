using RepSense.Analysis.Reports;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Tests.Tempo;

public class TempoNotationTests
{
    [Theory]
    [InlineData("2-1-1-0", 2, 1, 1, 0)]
    [InlineData("3-1-X-0", 3, 1, TempoNotation.ExplosiveConcentricS, 0)]
    [InlineData("3-1-x-0", 3, 1, TempoNotation.ExplosiveConcentricS, 0)]
    [InlineData(" 2.5-0-1-0.5 ", 2.5, 0, 1, 0.5)]
    public void Notation_parses_eccentric_pause_concentric_pause(string text, double ecc, double bottom, double con, double top)
    {
        Assert.Equal(new TempoNotation(ecc, bottom, con, top), TempoNotation.Parse(text));
    }

    [Theory]
    [InlineData("2-1-1", "four parts")]
    [InlineData("2-1-one-0", "part 3")]
    [InlineData("X-1-1-0", "part 1")]
    [InlineData("0-1-1-0", "longer than 0 s")]
    [InlineData("2-1-1-99", "0 to 60")]
    public void Malformed_tempos_say_what_was_expected(string text, string message)
    {
        Assert.Null(TempoNotation.TryParse(text, out var error));
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData(2.04, 0.96, 1.1, 0.02, "2-1-1-0")]
    [InlineData(3, 1, 0.4, 0, "3-1-X-0")]
    [InlineData(2.5, 0.5, 1.49, 0.49, "3-1-1-0")]
    public void Notation_is_written_in_whole_seconds_with_X_for_explosive(double ecc, double bottom, double con, double top, string expected)
    {
        Assert.Equal(expected, new TempoNotation(ecc, bottom, con, top).ToString());
    }

    [Fact]
    public void Set_summary_uses_medians_sums_and_first_against_last_reps()
    {
        RepReport Rep(int i, double start, double con, double ecc, double? bottom) =>
            new(i, start, start + con, start + con + ecc, con, 0, ecc, bottom);
        var reps = new[]
        {
            Rep(1, 0, 1.0, 2.0, 1.0), Rep(2, 4, 1.0, 2.2, 1.0), Rep(3, 8, 1.2, 2.0, 1.0), Rep(4, 12, 1.4, 2.6, null),
        };

        Assert.Equal("2-1-1-0", SetTempoSummary.TypicalTempo(reps));
        Assert.Equal(1.0 + 2 + 1 + 1.0 + 2.2 + 1 + 1.2 + 2 + 1 + 1.4 + 2.6, SetTempoSummary.TimeUnderTensionS(reps)!.Value, 1e-9);
        // first two reps last 3.0 and 3.2 s, the last two 3.2 and 4.0 s
        Assert.Equal(Math.Round((3.6 / 3.1 - 1) * 100, 1), SetTempoSummary.SlowdownPct(reps));
        Assert.Null(SetTempoSummary.SlowdownPct(reps[..1]));
    }

    [Fact]
    public void Slowdown_leaves_out_a_rep_cut_short_by_the_end_of_the_recording()
    {
        RepReport Rep(int i, double start, double con, double? ecc) =>
            new(i, start, start + con, start + con + (ecc ?? 0.1), con, 0, ecc, 1.0, SecondHalfCut: ecc is null);
        var reps = new[] { Rep(1, 0, 1.0, 2.0), Rep(2, 4, 1.0, 2.2), Rep(3, 8, 1.2, 2.0), Rep(4, 12, 1.4, 2.6), Rep(5, 17, 1.5, null) };

        // first two 3.0 and 3.2 s, last two whole ones 3.2 and 4.0 s; the cut fifth (1.6 s seen) is not slower or faster
        Assert.Equal(Math.Round((3.6 / 3.1 - 1) * 100, 1), SetTempoSummary.SlowdownPct(reps));
        // A rep that was not cut counts, whether or not its phases were timed.
        var untimed = reps.Select(r => r with { ConcentricS = null, EccentricS = null, SecondHalfCut = false }).ToArray();
        Assert.Equal(Math.Round(((4.0 + 1.6) / 2 / 3.1 - 1) * 100, 1), SetTempoSummary.SlowdownPct(untimed));
    }
}
