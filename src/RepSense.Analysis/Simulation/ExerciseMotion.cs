using RepSense.Analysis.Exercises;
using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Simulation;

/// <summary>An exercise the simulator can perform: its catalog entry, the motion model that moves the wrist, and the
/// tempo a lifter uses when no tempo is asked for (what real recordings of it show).</summary>
/// <param name="Profile">The exercise catalog's entry; its <see cref="ExerciseProfile.Name"/> is what the truth's
/// <c>exercise</c> carries, and its tempo policy decides how a momentum flag is judged.</param>
/// <param name="Model">How the wrist moves.</param>
/// <param name="DefaultTempo">Eccentric-pause-concentric-pause seconds of an unprompted set.</param>
public sealed record ExerciseMotion(ExerciseProfile Profile, MotionModel Model, TempoNotation DefaultTempo)
{
    /// <summary>The catalog name, e.g. "dumbbell-row".</summary>
    public string Name => Profile.Name;
}
