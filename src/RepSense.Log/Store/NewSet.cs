using RepSense.Log.Units;

namespace RepSense.Log.Store;

/// <summary>A set typed with <c>log add</c>: its weight and reps (the target when planned, what was lifted
/// otherwise), and RPE or RIR when given.</summary>
public sealed record NewSet(Weight Weight, int Reps, double? Rpe = null, double? Rir = null);
