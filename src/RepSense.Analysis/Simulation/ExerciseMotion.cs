using RepSense.Analysis.Tempo;

namespace RepSense.Analysis.Simulation;

/// <summary>An exercise the simulator can perform: the name it goes by in reports, the motion model that moves the
/// wrist, and the tempo a lifter uses when no tempo is asked for (what real recordings of it show).</summary>
/// <param name="Name">The catalog name written in the truth's <c>exercise</c>, e.g. "dumbbell row".</param>
/// <param name="Model">How the wrist moves.</param>
/// <param name="DefaultTempo">Eccentric-pause-concentric-pause seconds of an unprompted set.</param>
/// <param name="Aliases">Other names people use (matched like <see cref="ExerciseMotions.Find"/> matches).</param>
public sealed record ExerciseMotion(string Name, MotionModel Model, RepTempo DefaultTempo, IReadOnlyList<string> Aliases);
