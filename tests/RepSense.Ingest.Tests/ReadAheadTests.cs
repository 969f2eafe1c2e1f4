using System.Globalization;
using System.Reactive.Linq;
using System.Text;
using static RepSense.Ingest.Tests.Fixtures;

namespace RepSense.Ingest.Tests;

/// <summary>
/// Parsing on a thread of its own (<see cref="RecordingOptions.ReadAhead"/>) changes only which thread parses:
/// the samples, their order, the diagnostics and the error that ends a bad file are those of a read on one thread.
/// </summary>
public class ReadAheadTests
{
    private static readonly RecordingOptions OneThread = RecordingOptions.Default with { ReadAhead = false };
    private static readonly RecordingOptions ReadAhead = RecordingOptions.Default with { ReadAhead = true };

    /// <summary>A generic CSV of <paramref name="rows"/> rows (several hand-over batches), with a repeated and a
    /// backwards timestamp and a NaN row, optionally a malformed number on row <paramref name="badRow"/>.</summary>
    private static string LongFile(int rows, int badRow = -1)
    {
        var text = new StringBuilder("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps\n");
        for (int i = 0; i < rows; i++)
        {
            double t = i == 700 ? 6.99 : i == 1500 ? 14.0 : i * 0.01;
            string ax = i == badRow ? "0.1.2" : i == 2100 ? "NaN" : (0.001 * (i % 97)).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{t:0.00},{ax},{0.002 * (i % 13)},-1,{i % 7},{-(i % 5)},0.5\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Reading_ahead_gives_the_samples_and_diagnostics_of_a_read_on_one_thread()
    {
        using var temp = new TempFolder();
        string path = temp.Write("long.csv", LongFile(5000));

        var (expected, expectedDiagnostics) = ReadAll(path, OneThread);
        var (actual, actualDiagnostics) = ReadAll(path, ReadAhead);

        Assert.True(expected.Count > 4000);
        Assert.Equal(expected, actual);
        Assert.Equal(expectedDiagnostics.Warnings, actualDiagnostics.Warnings);
        Assert.Equal(3, actualDiagnostics.Problems.Count);
    }

    [Fact]
    public void Reading_ahead_a_multi_file_recording_gives_the_samples_of_a_read_on_one_thread()
    {
        var (expected, _) = ReadAll(Path("sensorlogger-android"), OneThread);
        var (actual, _) = ReadAll(Path("sensorlogger-android"), ReadAhead);

        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_malformed_number_ends_the_stream_after_every_sample_before_it_with_the_same_error()
    {
        using var temp = new TempFolder();
        string path = temp.Write("bad.csv", LongFile(4000, badRow: 3000));

        var (expected, expectedError) = ReadUntilError(path, OneThread);
        var (received, error) = ReadUntilError(path, ReadAhead);

        Assert.Equal("bad.csv:3002:2: expected a number in column 2 (\"ax_g\"), found \"0.1.2\".", System.IO.Path.GetFileName(error.Message));
        Assert.Equal(expectedError.Message, error.Message);
        // The 3000 rows before it, less the repeated, the backwards and the NaN one; the last is held back.
        Assert.Equal(2996, received.Count);
        Assert.Equal(expected, received);
    }

    private static (List<ImuSample> Received, RepSenseException Error) ReadUntilError(string path, RecordingOptions options)
    {
        var received = new List<ImuSample>();
        var error = Assert.Throws<RepSenseException>(() => Recording.Open(path, options).Samples.Do(received.Add).Wait());
        return (received, error);
    }

    [Fact]
    public void Taking_a_few_samples_stops_the_reading_thread_and_releases_the_file()
    {
        using var temp = new TempFolder();
        string path = temp.Write("long.csv", LongFile(20_000));

        var first = Recording.Open(path, ReadAhead).Samples.Take(10).ToList().Wait();

        Assert.Equal(10, first.Count);
        // Nothing holds the file any more: it can be replaced and read again.
        File.WriteAllText(path, LongFile(3));
        Assert.Equal(3, ReadAll(path, ReadAhead).Samples.Count);
    }
}
