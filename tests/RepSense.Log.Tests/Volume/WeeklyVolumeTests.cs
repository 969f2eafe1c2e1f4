using RepSense.Analysis.Exercises;
using RepSense.Log.Model;
using RepSense.Log.Units;
using RepSense.Log.Volume;

namespace RepSense.Log.Tests.Volume;

public class WeeklyVolumeTests
{
    private static readonly Dictionary<string, int> NoFaults = [];
    private static long s_id;

    private static IEnumerable<LoggedSet> Sets(string date, string exercise, int count, SetKind kind = SetKind.Work,
        SetStatus status = SetStatus.Done, bool inCatalog = true) =>
        Enumerable.Range(1, count).Select(i => new LoggedSet(++s_id, 1, DateOnly.Parse(date), exercise, inCatalog, null, i, kind, status,
            new Weight(50, WeightUnit.Kg), null, 10, null, null, null, null, null, null, null, null, null, null, NoFaults));

    private static WeeklyVolume Week(string day, params IEnumerable<LoggedSet>[] sets) =>
        WeeklyVolume.Compute(sets.SelectMany(s => s), DateOnly.Parse(day), ExerciseCatalog.Default);

    [Theory]
    [InlineData("2025-03-03", "2025-03-03", "2025-03-09")]
    [InlineData("2025-03-09", "2025-03-03", "2025-03-09")]
    [InlineData("2025-03-05", "2025-03-03", "2025-03-09")]
    public void Weeks_run_monday_to_sunday(string day, string monday, string sunday)
    {
        Assert.Equal((DateOnly.Parse(monday), DateOnly.Parse(sunday)), WeeklyVolume.Week(DateOnly.Parse(day)));
    }

    [Fact]
    public void Hard_sets_are_counted_per_pattern_within_the_week_only()
    {
        var week = Week("2025-03-05",
            Sets("2025-03-03", "pull-up", 4),
            Sets("2025-03-04", "lat-pulldown", 3, SetKind.Warmup),
            Sets("2025-03-05", "seated-cable-row", 4),
            Sets("2025-03-06", "deadlift", 3),
            Sets("2025-03-07", "bench-press", 5),
            Sets("2025-03-08", "dumbbell-row", 3, status: SetStatus.Planned),
            Sets("2025-03-10", "pull-up", 9));

        int Pattern(MovementPattern p) => week.ByPattern.Single(x => x.Pattern == p).Sets;
        Assert.Equal(4, Pattern(MovementPattern.VerticalPull));
        Assert.Equal(4, Pattern(MovementPattern.HorizontalPull));
        Assert.Equal(3, Pattern(MovementPattern.Hinge));
        Assert.Equal(5, Pattern(MovementPattern.Press));
        Assert.Equal(11, week.BackSets);
        Assert.Equal(VolumeStatus.Under, week.BackStatus);
        Assert.Equal(RatioStatus.Balanced, week.RatioStatus);
        Assert.Equal(1.0, week.VerticalToHorizontal);
    }

    [Theory]
    [InlineData(6, 6, VolumeStatus.Within, RatioStatus.Balanced)]
    [InlineData(12, 8, VolumeStatus.Over, RatioStatus.MoreVertical)]
    [InlineData(3, 10, VolumeStatus.Within, RatioStatus.MoreHorizontal)]
    [InlineData(5, 0, VolumeStatus.Under, RatioStatus.MoreVertical)]
    [InlineData(0, 0, VolumeStatus.Under, RatioStatus.NoPulls)]
    public void Back_sets_are_held_against_twelve_to_eighteen_and_pulls_against_one_to_one(
        int vertical, int horizontal, VolumeStatus back, RatioStatus ratio)
    {
        var week = Week("2025-03-03", Sets("2025-03-03", "lat-pulldown", vertical), Sets("2025-03-04", "bent-over-row", horizontal));
        Assert.Equal(back, week.BackStatus);
        Assert.Equal(ratio, week.RatioStatus);
        Assert.Contains(week.Advice, a => a.Contains("12 to 18 sets per week"));
    }

    [Fact]
    public void Exercises_outside_the_catalog_are_listed_apart_and_not_counted()
    {
        var week = Week("2025-03-03", Sets("2025-03-03", "Nippard Tricep Kickback", 3, inCatalog: false), Sets("2025-03-03", "face-pull", 2));
        Assert.Equal(["Nippard Tricep Kickback"], week.Unclassified);
        Assert.Equal(2, week.BackSets);
    }
}
