namespace RepSense.Log.Store;

/// <summary>How a set names its exercise in the log.</summary>
/// <param name="Name">The catalog name, or the user's own name for an exercise outside the catalog.</param>
/// <param name="InCatalog">Whether <paramref name="Name"/> is a catalog name.</param>
/// <param name="SourceName">The name an imported file used, kept for export; null when logged in RepSense.</param>
public sealed record ExerciseRef(string Name, bool InCatalog, string? SourceName = null);
