using RepSense.Analysis.Exercises;
using RepSense.Log.Model;

namespace RepSense.Log.Volume;

/// <summary>Hard sets of one movement pattern in a week.</summary>
public sealed record PatternSets(MovementPattern Pattern, int Sets);

/// <summary>Where a week's back sets sit against the articles' 12–18.</summary>
public enum VolumeStatus
{
    Under,
    Within,
    Over,
}

/// <summary>How vertical and horizontal pulls compare against the articles' one-to-one.</summary>
public enum RatioStatus
{
    /// <summary>No pulls of either kind.</summary>
    NoPulls,
    /// <summary>Within a quarter of 1:1 (0.75–1.33).</summary>
    Balanced,
    MoreVertical,
    MoreHorizontal,
}

/// <summary>
/// A week's hard sets (done, not warm-ups) per movement pattern against the articles' guidance: 12–18 back sets a
/// week (BarBend) and vertical and horizontal pulls about one to one (BarBend, Fitplan). Weeks run Monday to
/// Sunday. Exercises outside the catalog have no pattern and are listed apart.
/// </summary>
/// <param name="From">The week's Monday.</param>
/// <param name="To">The week's Sunday.</param>
/// <param name="ByPattern">Hard sets per pattern, every pattern listed.</param>
/// <param name="BackSets">Hard sets of exercises that count as back work.</param>
/// <param name="BackSetsMin">The guidance's lower bound.</param>
/// <param name="BackSetsMax">The guidance's upper bound.</param>
/// <param name="BackStatus">Under, within or over the guidance.</param>
/// <param name="VerticalPullSets">Hard vertical-pull sets.</param>
/// <param name="HorizontalPullSets">Hard horizontal-pull sets.</param>
/// <param name="VerticalToHorizontal">Vertical ÷ horizontal, or null without horizontal pulls.</param>
/// <param name="RatioStatus">How the ratio compares with one to one.</param>
/// <param name="Unclassified">Exercises outside the catalog that had hard sets this week.</param>
/// <param name="Advice">The comparison in words, with the articles' words.</param>
public sealed record WeeklyVolume(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<PatternSets> ByPattern,
    int BackSets,
    int BackSetsMin,
    int BackSetsMax,
    VolumeStatus BackStatus,
    int VerticalPullSets,
    int HorizontalPullSets,
    double? VerticalToHorizontal,
    RatioStatus RatioStatus,
    IReadOnlyList<string> Unclassified,
    IReadOnlyList<string> Advice)
{
    /// <summary>" (BarBend: "…")": the article's publisher and its words.</summary>
    private static string Cite(ExerciseCatalog catalog, SourceRef source) =>
        $" ({catalog.Articles[source.ArticleId].Title.Split(':')[0]}: \"{source.Quote}\")";

    /// <summary>Monday and Sunday of the week that holds <paramref name="day"/>.</summary>
    public static (DateOnly Monday, DateOnly Sunday) Week(DateOnly day)
    {
        int sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        var monday = day.AddDays(-sinceMonday);
        return (monday, monday.AddDays(6));
    }

    /// <param name="sets">Logged sets; those outside the week are ignored.</param>
    /// <param name="day">Any day of the week to count.</param>
    /// <param name="catalog">Gives each exercise its pattern and whether it is back work.</param>
    public static WeeklyVolume Compute(IEnumerable<LoggedSet> sets, DateOnly day, ExerciseCatalog catalog)
    {
        var (monday, sunday) = Week(day);
        var counts = Enum.GetValues<MovementPattern>().ToDictionary(p => p, _ => 0);
        var unclassified = new SortedSet<string>(StringComparer.Ordinal);
        int back = 0;
        foreach (var set in sets.Where(s => s.IsHard && s.Date >= monday && s.Date <= sunday))
        {
            if (!set.InCatalog || !catalog.TryResolve(set.Exercise, out var profile))
            {
                unclassified.Add(set.Exercise);
                continue;
            }
            counts[profile.Pattern]++;
            if (profile.CountsAsBack) back++;
        }

        var guidance = catalog.Guidance;
        var status = back < guidance.WeeklyBackSetsMin ? VolumeStatus.Under
            : back > guidance.WeeklyBackSetsMax ? VolumeStatus.Over
            : VolumeStatus.Within;
        int vertical = counts[MovementPattern.VerticalPull], horizontal = counts[MovementPattern.HorizontalPull];
        double? ratio = horizontal > 0 ? (double)vertical / horizontal : null;
        double target = guidance.VerticalToHorizontalPullRatio;
        var ratioStatus = (vertical, horizontal) switch
        {
            (0, 0) => RatioStatus.NoPulls,
            (_, 0) => RatioStatus.MoreVertical,
            _ when ratio < target * 0.75 => RatioStatus.MoreHorizontal,
            _ when ratio > target / 0.75 => RatioStatus.MoreVertical,
            _ => RatioStatus.Balanced,
        };

        var advice = new List<string>
        {
            status switch
            {
                VolumeStatus.Under => $"{back} hard back sets: {guidance.WeeklyBackSetsMin - back} short of {guidance.WeeklyBackSetsMin}.",
                VolumeStatus.Over => $"{back} hard back sets: above {guidance.WeeklyBackSetsMax}, more than most lifters recover from.",
                _ => $"{back} hard back sets: within {guidance.WeeklyBackSetsMin}-{guidance.WeeklyBackSetsMax}.",
            } + Cite(catalog, guidance.WeeklyBackSetsSource),
            ratioStatus switch
            {
                RatioStatus.NoPulls => "No vertical or horizontal pulls this week.",
                RatioStatus.Balanced => $"Vertical {vertical} : horizontal {horizontal} pulls, about one to one.",
                RatioStatus.MoreVertical => $"Vertical {vertical} : horizontal {horizontal} pulls: add {Math.Max(1, vertical - horizontal)} horizontal (row) sets to even them.",
                _ => $"Vertical {vertical} : horizontal {horizontal} pulls: add {Math.Max(1, horizontal - vertical)} vertical (pull-up, pulldown) sets to even them.",
            } + Cite(catalog, guidance.PullRatioSource),
        };
        if (unclassified.Count > 0)
            advice.Add($"Not counted (not in the catalog, so no movement pattern): {string.Join(", ", unclassified)}.");

        return new WeeklyVolume(monday, sunday, counts.Select(kv => new PatternSets(kv.Key, kv.Value)).ToList(), back,
            guidance.WeeklyBackSetsMin, guidance.WeeklyBackSetsMax, status, vertical, horizontal, ratio, ratioStatus,
            unclassified.ToList(), advice);
    }
}
