using CsvHelper;
using RepSense.Ingest.Units;

namespace RepSense.Ingest.Reading;

/// <summary>Sensor Logger's Metadata.csv: the sampling interval asked for each sensor (0 = as fast as possible)
/// and, from metadata version 4, whether "Standardise Units &amp; Frames" was on (watch values then in m/s²).</summary>
internal sealed record SensorLoggerMetadata(IReadOnlyDictionary<string, double> IntervalMsBySensor, bool Standardised)
{
    public const string FileName = "Metadata.csv";

    /// <summary>The rate asked for the sensor written to <paramref name="sensorFileName"/> (e.g. TotalAcceleration.csv).</summary>
    public SampleRate? RateOf(string sensorFileName) =>
        IntervalMsBySensor.TryGetValue(Path.GetFileNameWithoutExtension(sensorFileName), out double ms) && ms > 0
            ? SampleRate.FromPeriodSeconds(ms / 1000.0)
            : null;

    /// <summary>The metadata, or null when the file is absent or not in the expected shape (it is optional).</summary>
    public static SensorLoggerMetadata? TryRead(SourceFile? file)
    {
        if (file is null) return null;
        try
        {
            using var stream = file.Open();
            using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' });
            if (!csv.Read() || !csv.TryGetFieldIndex("sensors", out int sensorsColumn) ||
                !csv.TryGetFieldIndex("sampleRateMs", out int ratesColumn))
                return null;
            string[] sensors = (csv.GetString(sensorsColumn) ?? "").Split('|');
            string[] rates = (csv.GetString(ratesColumn) ?? "").Split('|');
            var intervals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < sensors.Length && i < rates.Length; i++)
                if (double.TryParse(rates[i], System.Globalization.CultureInfo.InvariantCulture, out double ms))
                    intervals[sensors[i]] = ms;
            bool standardised = csv.TryGetFieldIndex("standardisation", out int standardColumn) &&
                                string.Equals(csv.GetString(standardColumn), "true", StringComparison.OrdinalIgnoreCase);
            return new SensorLoggerMetadata(intervals, standardised);
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException or FormatException)
        {
            return null;
        }
    }
}
