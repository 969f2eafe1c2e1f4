namespace RepSense.Ingest.Writers;

/// <summary>
/// phyphox's "Raw Data.csv" of the "Acceleration (with g)" or "Acceleration without g" experiment, comma-separated
/// with a decimal point (the default export): every header cell quoted, numbers in Java's scientific notation with
/// ten significant digits, an "Absolute acceleration" column, LF. phyphox's time is "experiment time", and its first
/// sample arrives one sample period after the start, so the time column starts at one period, not at 0 (a reader
/// rebases it). These experiments record no gyroscope: a gyroscope track is not written.
/// </summary>
public sealed class PhyphoxWriter : IRecordingWriter
{
    public const string HeaderWithGravity =
        "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"";

    public const string HeaderLinear =
        "\"Time (s)\",\"Linear Acceleration x (m/s^2)\",\"Linear Acceleration y (m/s^2)\",\"Linear Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"";

    private PhyphoxWriter(bool gravityIncluded) => GravityIncluded = gravityIncluded;

    /// <summary>"Acceleration (with g)": the raw accelerometer.</summary>
    public static PhyphoxWriter WithGravity { get; } = new(gravityIncluded: true);

    /// <summary>"Acceleration without g": the phone's linear acceleration (needs <see cref="RecorderTracks.GravityMs2"/>).</summary>
    public static PhyphoxWriter Linear { get; } = new(gravityIncluded: false);

    public bool GravityIncluded { get; }
    public string Name => GravityIncluded ? "phyphox" : "phyphox-linear";
    public string DisplayName => GravityIncluded ? "phyphox Acceleration (with g)" : "phyphox Linear Acceleration (without g)";
    public bool CarriesGyroscope => false;

    /// <summary>Writes one file at <paramref name="outputPath"/> (phyphox calls it "Raw Data.csv"; any name works).</summary>
    public WrittenRecording Write(RecorderTracks tracks, string outputPath)
    {
        double firstSampleS = tracks.AccelerometerRate.PeriodS;
        using (var writer = CsvText.Create(outputPath))
        {
            writer.WriteLine(GravityIncluded ? HeaderWithGravity : HeaderLinear);
            for (int i = 0; i < tracks.Accelerometer.Count; i++)
            {
                var a = GravityIncluded ? tracks.Accelerometer[i].AccelerationMs2 : tracks.LinearAccelerationMs2(i);
                writer.Write(CsvText.JavaScientific(firstSampleS + tracks.Accelerometer[i].TimeS));
                CsvText.WriteAxes(writer, a.X, a.Y, a.Z, CsvText.JavaScientific);
                writer.Write(',');
                writer.Write(CsvText.JavaScientific(a.Length));
                writer.WriteLine();
            }
        }
        return new WrittenRecording(outputPath, [outputPath]);
    }
}
