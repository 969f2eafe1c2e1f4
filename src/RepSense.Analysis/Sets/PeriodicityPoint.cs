namespace RepSense.Analysis.Sets;

/// <summary>
/// How periodic the recent movement is. Computed over a trailing window that ends at <see cref="TimeS"/> and is
/// about 2.5 periods long, so a rep train is recognised once two or three reps have been seen.
/// </summary>
/// <param name="TimeS">End of the window.</param>
/// <param name="Rho">Normalised correlation of the window with itself shifted by one period (0-1; ≥ 0.5 is a rep
/// train, noise and fidgeting stay well below).</param>
/// <param name="PeriodS">The period found, or 0 when none.</param>
/// <param name="EnergyMs2">RMS of the band-passed acceleration over the last two seconds.</param>
public readonly record struct PeriodicityPoint(double TimeS, double Rho, double PeriodS, double EnergyMs2);
