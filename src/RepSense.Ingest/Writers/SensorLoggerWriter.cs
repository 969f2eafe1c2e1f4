using System.Globalization;

namespace RepSense.Ingest.Writers;

/// <summary>
/// A Sensor Logger (Kelvin Choi) Android recording folder: <c>TotalAcceleration.csv</c> (raw accelerometer, with
/// gravity), <c>Accelerometer.csv</c> (user acceleration, gravity removed), <c>Gravity.csv</c>, <c>Gyroscope.csv</c>
/// (rad/s, when there is a gyroscope) and <c>Metadata.csv</c>. Every sensor file has the header
/// <c>time,seconds_elapsed,z,y,x</c>: <c>time</c> is Unix epoch nanoseconds as an integer, <c>seconds_elapsed</c> is
/// seconds since the recording started (the first sample arrives a few tens of milliseconds later, as in real
/// exports), and the axes are in reversed order. Values are float32 readings printed as doubles, as the Android app
/// does; Metadata.csv has no final newline, like the real one.
/// </summary>
public sealed class SensorLoggerWriter : IRecordingWriter
{
    public const string SensorHeader = "time,seconds_elapsed,z,y,x";

    public const string MetadataHeader =
        "version,device name,recording epoch time,recording time,recording timezone,platform,appVersion,device id,sensors,sampleRateMs";

    /// <summary>Delay between pressing start and the first sample, like the ~46 ms in real Android exports.</summary>
    public const double FirstSampleDelayS = 0.05;

    public string Name => "sensorlogger";
    public string DisplayName => "Sensor Logger folder";
    public bool CarriesGyroscope => true;

    /// <summary>Ingest reads the raw accelerometer and pairs the gyroscope in.</summary>
    public string FormatName(RecorderTracks tracks) =>
        tracks.HasGyroscope ? "Sensor Logger TotalAcceleration + Sensor Logger Gyroscope" : "Sensor Logger TotalAcceleration";

    /// <summary>Writes the folder <paramref name="outputPath"/> (created if missing).</summary>
    public WrittenRecording Write(RecorderTracks tracks, string outputPath)
    {
        Directory.CreateDirectory(outputPath);
        long recordingStartNs = EpochNanoseconds(tracks.StartTime) - (long)Math.Round(FirstSampleDelayS * 1e9);
        var files = new List<string>();

        void WriteSensor(string fileName, IReadOnlyList<ImuSample> clock, Func<int, Vec3> value)
        {
            string path = Path.Combine(outputPath, fileName);
            using var writer = CsvText.Create(path);
            writer.WriteLine(SensorHeader);
            for (int i = 0; i < clock.Count; i++)
            {
                double elapsedS = FirstSampleDelayS + clock[i].TimeS;
                long timeNs = recordingStartNs + (long)Math.Round(elapsedS * 1e9);
                var v = value(i);
                writer.Write(CsvText.Integer(timeNs));
                writer.Write(',');
                // seconds_elapsed in real files is a multiple of 2^-20 s (about a microsecond).
                writer.Write(CsvText.Shortest(Math.Round(elapsedS * 1048576.0) / 1048576.0));
                CsvText.WriteAxes(writer, v.Z, v.Y, v.X, Float32);
                writer.WriteLine();
            }
            files.Add(path);
        }

        var acc = tracks.Accelerometer;
        WriteSensor("TotalAcceleration.csv", acc, i => acc[i].AccelerationMs2);
        WriteSensor("Accelerometer.csv", acc, tracks.LinearAccelerationMs2);
        WriteSensor("Gravity.csv", acc, i => tracks.GravityMs2[i]);
        if (tracks.HasGyroscope)
            WriteSensor("Gyroscope.csv", tracks.Gyroscope, i => tracks.Gyroscope[i].RotationRateRadS);

        string metadataPath = Path.Combine(outputPath, "Metadata.csv");
        using (var writer = CsvText.Create(metadataPath))
        {
            var sensors = tracks.HasGyroscope
                ? "Accelerometer|Gravity|Gyroscope|TotalAcceleration"
                : "Accelerometer|Gravity|TotalAcceleration";
            string accMs = CsvText.Integer((long)Math.Round(tracks.AccelerometerRate.PeriodS * 1000));
            string rates = tracks.HasGyroscope && tracks.GyroscopeRate is { } g
                ? $"{accMs}|{accMs}|{CsvText.Integer((long)Math.Round(g.PeriodS * 1000))}|{accMs}"
                : $"{accMs}|{accMs}|{accMs}";
            var startUtc = DateTimeOffset.FromUnixTimeMilliseconds(recordingStartNs / 1_000_000);
            writer.WriteLine(MetadataHeader);
            writer.Write(string.Join(',',
                "3",
                "RepSense Simulator",
                CsvText.Integer(recordingStartNs / 1_000_000),
                startUtc.UtcDateTime.ToString("yyyy-MM-dd_HH-mm-ss", CultureInfo.InvariantCulture),
                "UTC",
                "android",
                "1.28",
                "00000000-0000-4000-8000-000000000000",
                sensors,
                rates));
        }
        files.Add(metadataPath);
        return new WrittenRecording(outputPath, files);
    }

    private static string Float32(double value) => CsvText.Shortest((float)value);

    private static long EpochNanoseconds(DateTimeOffset time) =>
        (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
}
