using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Reps;
using RepSense.Analysis.Sets;
using Xunit;

namespace RepSense.Analysis.Tests.Reps;

public class PeriodicityTrackerTests
{
    /// <summary>Small reps (a dumbbell press moves the wrist little) from the first frame on, with gravity on the
    /// z axis: a recording, or a stretch after a hole, that starts in the middle of a set.</summary>
    private static IEnumerable<Frame> SetFromTheFirstFrame(double startS, double periodS, double amplitudeMs2)
    {
        for (int i = 0; i < 40 * AnalysisRate.Hertz; i++)
        {
            double t = startS + i * AnalysisRate.PeriodS, phase = 2 * Math.PI * (t - startS) / periodS;
            yield return new Frame(t, 0.5 * amplitudeMs2 * Math.Sin(phase), 0.1, 9.81 + amplitudeMs2 * Math.Sin(phase), 0, 0, 0);
        }
    }

    /// <summary>Seconds after <paramref name="startS"/> until the tracker first reports the movement as periodic at
    /// the set's period.</summary>
    private static double FirstPeriodicS(PeriodicityTracker tracker, double startS, double periodS, double amplitudeMs2)
    {
        foreach (var frame in SetFromTheFirstFrame(startS, periodS, amplitudeMs2))
            if (tracker.Push(frame) is { } p && p.Rho > CountingOptions.Default.RhoOn && Math.Abs(p.PeriodS - periodS) < 0.3)
                return p.TimeS - startS;
        return double.PositiveInfinity;
    }

    private static PeriodicityTracker NewTracker() => new(hasGyro: false, CountingOptions.Default.EnergyGateMs2);

    // A trailing window of 2.5 periods must fill before a period can be judged. Gravity present from the first frame
    // must not keep the tracker blind for longer: a filter started from rest rings with that step for many seconds,
    // longer the smaller the movement beside it, and short slow sets at the start of a recording went unseen.
    [Theory]
    [InlineData(3.0, 0.3)]
    [InlineData(5.0, 0.3)]
    [InlineData(3.0, 1.5)]
    public void A_set_from_the_first_frame_is_seen_once_the_window_holds_it(double periodS, double amplitudeMs2) =>
        Assert.InRange(FirstPeriodicS(NewTracker(), 0, periodS, amplitudeMs2), 0, 2.5 * periodS + 1.5);

    [Fact]
    public void After_a_reset_a_set_is_seen_as_soon_as_at_the_start()
    {
        var tracker = NewTracker();
        double fresh = FirstPeriodicS(tracker, 0, 4.0, 0.3);
        tracker.Reset();
        Assert.Equal(fresh, FirstPeriodicS(tracker, 100, 4.0, 0.3), 6);
    }
}
