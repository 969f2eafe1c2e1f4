namespace RepSense.Cli.Commands.Simulate;

/// <summary>What <c>repsense simulate --json</c> prints: what was written and a digest of the truth.</summary>
/// <param name="Recording">The path to analyse (file, folder, or a MetaWear accelerometer file).</param>
/// <param name="Files">Every file written, the truth last.</param>
/// <param name="Truth">The truth sidecar's path.</param>
/// <param name="Format">The format written (the truth's <c>format</c>).</param>
/// <param name="SampleRateHz">Accelerometer rate.</param>
/// <param name="GyroscopeRateHz">Gyroscope rate, or null when the file has no gyroscope.</param>
/// <param name="DurationS">From the first to the last accelerometer sample.</param>
/// <param name="Sets">Sets performed.</param>
/// <param name="TotalReps">Reps performed (partial ones included).</param>
/// <param name="Seed">The seed used.</param>
public sealed record SimulateSummary(
    string Recording,
    IReadOnlyList<string> Files,
    string Truth,
    string Format,
    double SampleRateHz,
    double? GyroscopeRateHz,
    double DurationS,
    int Sets,
    int TotalReps,
    int Seed);
