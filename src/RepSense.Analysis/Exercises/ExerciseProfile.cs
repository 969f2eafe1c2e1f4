namespace RepSense.Analysis.Exercises;

/// <summary>
/// Everything RepSense knows about one exercise: how to recognise its name, what it trains, how the articles
/// program it, how it should be moved and how it progresses. Loaded from Exercises/exercises.json.
/// </summary>
/// <param name="Name">The catalog name: lower-case kebab (<c>seated-cable-row</c>). This is what the log stores and
/// what <c>SetReport.Exercise</c> carries; it never changes once published.</param>
/// <param name="DisplayName">For people: "Seated Cable Row".</param>
/// <param name="Aliases">Other names that resolve to this exercise ("DB row", "one-arm dumbbell row").</param>
/// <param name="Pattern">The movement pattern weekly volume is counted under.</param>
/// <param name="CountsAsBack">Whether a hard set counts toward the weekly back sets (all the articles' exercises
/// except warm-up drills; none of the presses, squats and curls).</param>
/// <param name="Equipment">What the load can be; the first is the usual one and decides the default increment.</param>
/// <param name="MainMuscles">The main movers.</param>
/// <param name="Schemes">Set/rep schemes from the articles, each with its source; empty when no article gives one.</param>
/// <param name="Tempo">How it should be moved.</param>
/// <param name="Motion">What the analyzer may assume about the movement.</param>
/// <param name="Progression">The default progression rule.</param>
public sealed record ExerciseProfile(
    string Name,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    MovementPattern Pattern,
    bool CountsAsBack,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<Muscle> MainMuscles,
    IReadOnlyList<RepScheme> Schemes,
    TempoPolicy Tempo,
    MotionHints Motion,
    ProgressionDefault Progression)
{
    /// <summary>The usual equipment (the first listed).</summary>
    public Equipment PrimaryEquipment => Equipment[0];

    public override string ToString() => Name;
}
