namespace RepSense.Log.Progression;

/// <summary>Estimated one-rep max by Epley's formula, w × (1 + r / 30). A single is its own max (the formula would
/// add 3 %); zero reps estimate nothing.</summary>
public static class Epley
{
    public static double? OneRepMax(double weight, int reps) => reps switch
    {
        <= 0 => null,
        1 => weight,
        _ => weight * (1 + reps / 30.0),
    };
}
