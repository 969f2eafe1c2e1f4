using RepSense.Ingest.Units;

namespace RepSense.Ingest.Writers;

/// <summary>
/// The generic layout RepSense reads without any format knowledge, and the one ../shared/data uses:
/// <c>t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps</c> (the three gyro columns only when there is a gyroscope).
/// Time in seconds from the first sample (3 decimals), acceleration in g including gravity (4 decimals, finer than a
/// 16-bit accelerometer's step), rotation rate in deg/s (3 decimals). One row per sample, so the gyroscope must be on
/// the accelerometer's clock.
/// </summary>
public sealed class GenericCsvWriter : IRecordingWriter
{
    public const string HeaderWithGyroscope = "t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps";
    public const string HeaderAccelerometerOnly = "t_s,ax_g,ay_g,az_g";

    public string Name => "generic";
    public string DisplayName => "generic CSV";
    public bool CarriesGyroscope => true;

    /// <summary>Writes one file at <paramref name="outputPath"/>.</summary>
    /// <exception cref="ArgumentException">The gyroscope samples are not on the accelerometer's timestamps.</exception>
    public WrittenRecording Write(RecorderTracks tracks, string outputPath)
    {
        bool gyro = tracks.HasGyroscope;
        if (gyro && !tracks.GyroscopeSharesAccelerometerClock)
            throw new ArgumentException(
                "A generic CSV has one time column: the gyroscope samples must have the accelerometer's timestamps.",
                nameof(tracks));

        using (var writer = CsvText.Create(outputPath))
        {
            writer.WriteLine(gyro ? HeaderWithGyroscope : HeaderAccelerometerOnly);
            for (int i = 0; i < tracks.Accelerometer.Count; i++)
            {
                var sample = tracks.Accelerometer[i];
                var a = sample.AccelerationMs2;
                writer.Write(CsvText.Fixed(sample.TimeS, 3));
                CsvText.WriteAxes(writer, a.X, a.Y, a.Z, v => CsvText.Fixed(Acceleration.ToG(v), 4));
                if (gyro)
                {
                    var w = tracks.Gyroscope[i].RotationRateRadS;
                    CsvText.WriteAxes(writer, w.X, w.Y, w.Z, v => CsvText.Fixed(RotationRate.ToDegreesPerSecond(v), 3));
                }
                writer.WriteLine();
            }
        }
        return new WrittenRecording(outputPath, [outputPath]);
    }
}
