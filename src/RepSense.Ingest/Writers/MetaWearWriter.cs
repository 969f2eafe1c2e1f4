using System.Globalization;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Writers;

/// <summary>
/// A MetaWear / MetaMotion pair as MetaBase exports it: one accelerometer file (g) and one gyroscope file (deg/s),
/// each at its own rate, named <c>&lt;name&gt;_MetaWear_&lt;local start yyyy-MM-ddTHH.mm.ss.fff&gt;_&lt;MAC&gt;_Accelerometer_12.500Hz_1.4.4.csv</c>
/// (and <c>_Gyroscope_25.000Hz_</c>). Columns: <c>epoch (ms),time (01:00),elapsed (s),x-axis (g),…</c> where the
/// time column's header carries the UTC offset and its values are local time without offset, <c>elapsed</c> counts
/// from each file's own first sample, and values have 3 decimals.
/// </summary>
public sealed class MetaWearWriter : IRecordingWriter
{
    public MetaWearWriter(string deviceMac = DefaultMac, string firmware = DefaultFirmware)
    {
        DeviceMac = deviceMac;
        Firmware = firmware;
    }

    public const string DefaultMac = "D5C0FFEE5157";
    public const string DefaultFirmware = "1.4.4";

    public string DeviceMac { get; }
    public string Firmware { get; }
    public string Name => "metawear";
    public string DisplayName => "MetaWear accelerometer + gyroscope";
    public bool CarriesGyroscope => true;

    public string FormatName(RecorderTracks tracks) =>
        tracks.HasGyroscope ? "MetaWear accelerometer + MetaWear gyroscope" : "MetaWear accelerometer";

    /// <summary>The accelerometer header for a recording whose local time is at <paramref name="utcOffset"/>.</summary>
    public static string AccelerometerHeader(TimeSpan utcOffset) =>
        $"epoch (ms),{TimeColumn(utcOffset)},elapsed (s),x-axis (g),y-axis (g),z-axis (g)";

    public static string GyroscopeHeader(TimeSpan utcOffset) =>
        $"epoch (ms),{TimeColumn(utcOffset)},elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)";

    /// <summary>Writes the pair next to <paramref name="outputPath"/>, whose file name (without a .csv extension)
    /// is the prefix MetaBase puts before <c>_MetaWear_</c>. Returns the accelerometer file as the recording.</summary>
    public WrittenRecording Write(RecorderTracks tracks, string outputPath)
    {
        string folder = Path.GetDirectoryName(outputPath) ?? "";
        string prefix = Path.GetFileName(outputPath);
        if (prefix.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) prefix = prefix[..^4];

        var start = tracks.StartTime;
        string stamp = start.ToString("yyyy-MM-dd'T'HH.mm.ss.fff", CultureInfo.InvariantCulture);
        string Name(string sensor, SampleRate rate) => Path.Combine(folder,
            $"{prefix}_MetaWear_{stamp}_{DeviceMac}_{sensor}_{rate.Hertz.ToString("0.000", CultureInfo.InvariantCulture)}Hz_{Firmware}.csv");

        string accPath = Name("Accelerometer", tracks.AccelerometerRate);
        WriteFile(accPath, AccelerometerHeader(start.Offset), tracks.Accelerometer, start,
            s => s.AccelerationMs2, Acceleration.ToG);
        var files = new List<string> { accPath };

        if (tracks.HasGyroscope)
        {
            var rate = tracks.GyroscopeRate ?? throw new ArgumentException("A gyroscope track needs its rate.", nameof(tracks));
            string gyroPath = Name("Gyroscope", rate);
            WriteFile(gyroPath, GyroscopeHeader(start.Offset), tracks.Gyroscope, start,
                s => s.RotationRateRadS, RotationRate.ToDegreesPerSecond);
            files.Add(gyroPath);
        }
        return new WrittenRecording(accPath, files);
    }

    private static void WriteFile(string path, string header, IReadOnlyList<ImuSample> samples, DateTimeOffset start,
        Func<ImuSample, Vec3> value, Func<double, double> toUnit)
    {
        using var writer = CsvText.Create(path);
        writer.WriteLine(header);
        long startMs = start.ToUnixTimeMilliseconds();
        long firstMs = 0;
        for (int i = 0; i < samples.Count; i++)
        {
            long epochMs = startMs + (long)Math.Round(samples[i].TimeS * 1000);
            if (i == 0) firstMs = epochMs;
            var local = DateTimeOffset.FromUnixTimeMilliseconds(epochMs).ToOffset(start.Offset);
            var v = value(samples[i]);
            writer.Write(CsvText.Integer(epochMs));
            writer.Write(',');
            writer.Write(local.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(CsvText.Fixed((epochMs - firstMs) / 1000.0, 3));
            CsvText.WriteAxes(writer, v.X, v.Y, v.Z, x => CsvText.Fixed(toUnit(x), 3));
            writer.WriteLine();
        }
    }

    private static string TimeColumn(TimeSpan offset)
    {
        string sign = offset < TimeSpan.Zero ? "-" : "";
        var abs = offset.Duration();
        return $"time ({sign}{abs.Hours:00}:{abs.Minutes:00})";
    }
}
