namespace RepSense.Analysis.Exercises;

/// <summary>What the load is. The first equipment of a profile decides its default load increment.</summary>
public enum Equipment
{
    Barbell,
    Dumbbell,
    Cable,
    Machine,
    /// <summary>The lifter's own body; a logged weight is the load added to it (belt, vest, dumbbell between the feet).</summary>
    Bodyweight,
    Kettlebell,
    TrapBar,
    Landmine,
    Band,
    SuspensionTrainer,
    SmithMachine,
    EzBar,
    Plate,
}
