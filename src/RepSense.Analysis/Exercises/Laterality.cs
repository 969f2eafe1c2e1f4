namespace RepSense.Analysis.Exercises;

/// <summary>How the arms share the work, which decides what a wrist sensor sees (architecture.md, rep anatomy):
/// a unilateral set of "10 per arm" reads 10 on the working arm, an alternating set of "20 total" reads about 10.</summary>
public enum Laterality
{
    Bilateral,
    Unilateral,
    Alternating,
}
