using System.Diagnostics;
using System.Text.Json;
using RepSense.Cli;

namespace RepSense.Cli.Tests;

/// <summary><c>repsense inspect</c> from argv to output, in-process through <see cref="CliApp.Run(string[], CliContext)"/>, plus two runs
/// of the built executable for what only a real process shows (exit code, colour off when redirected).</summary>
public class InspectCommandTests
{
    private static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    private static (int Code, string Out, string Err) Run(params string[] args) => InProcess.Run(args);

    [Fact]
    public void Inspect_json_is_one_camelCase_document_with_the_required_fields()
    {
        var (code, output, error) = Run("inspect", Fixture("metawear"), "--json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("MetaWear accelerometer + MetaWear gyroscope", root.GetProperty("format").GetString());
        Assert.Equal(["accelerometer", "gyroscope"], root.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0.4, root.GetProperty("durationS").GetDouble(), 1e-9);
        Assert.Equal(12.5, root.GetProperty("sampleRateHz").GetDouble(), 1e-6);
        Assert.Equal(12.5, root.GetProperty("nominalRateHz").GetDouble());
        Assert.True(root.GetProperty("gravityIncluded").GetBoolean());
        Assert.InRange(root.GetProperty("meanAccelerationMagnitudeMs2").GetDouble(), 9.3, 9.5);
        Assert.Equal(0, root.GetProperty("gaps").GetArrayLength());
        Assert.Equal(0, root.GetProperty("skippedRows").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Inspect_table_shows_format_channels_rates_and_gravity()
    {
        var (code, output, _) = Run("inspect", Fixture("sensorlogger-android"));

        Assert.Equal(0, code);
        Assert.Contains("Sensor Logger TotalAcceleration + Sensor Logger Gyroscope", output);
        Assert.Contains("accelerometer, gyroscope", output);
        Assert.Contains("50 Hz", output);
        Assert.Contains("gravity included", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void Inspect_shows_the_problems_found_while_reading()
    {
        using var temp = new TempFile("t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,NaN,0,1\n0.02,0,0,1\n2.5,0,0,1\n2.51,0,0,1\n2.51,0,0,1\n2.52,0,0");

        var (code, output, _) = Run("inspect", temp.Path, "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("skippedRows").GetInt32());
        Assert.Equal(1, root.GetProperty("repeatedTimestamps").GetInt32());
        var gap = Assert.Single(root.GetProperty("gaps").EnumerateArray());
        Assert.Equal(2.48, gap.GetProperty("durationS").GetDouble(), 1e-9);
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("NaN", StringComparison.Ordinal) && w.Contains(":3:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("truncated", StringComparison.Ordinal) && w.Contains(":8:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("repeat", StringComparison.Ordinal) && w.Contains(":7:", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_units_option_reads_a_generic_csv_without_units()
    {
        var (withoutUnits, _, error) = Run("inspect", Fixture("generic-no-units.csv"));
        Assert.Equal(1, withoutUnits);
        Assert.Contains("--units g|ms2", error);

        var (code, output, _) = Run("inspect", Fixture("generic-no-units.csv"), "--units", "g", "--json");
        Assert.Equal(0, code);
        // Rows (0, 0, 1), (0, 0.1, 1), (0, 0.2, 1) in g.
        double expectedMean = (1 + Math.Sqrt(1.01) + Math.Sqrt(1.04)) / 3 * 9.80665;
        Assert.Equal(expectedMean, JsonDocument.Parse(output).RootElement.GetProperty("meanAccelerationMagnitudeMs2").GetDouble(), 1e-9);
    }

    [Fact]
    public void Inspect_time_unit_option_scales_an_unlabelled_time_column()
    {
        using var temp = new TempFile("time,ax_g,ay_g,az_g\n0,0,0,1\n20,0,0,1\n40,0,0,1\n");

        var (code, output, _) = Run("inspect", temp.Path, "--time-unit", "ms", "--json");

        Assert.Equal(0, code);
        Assert.Equal(0.04, JsonDocument.Parse(output).RootElement.GetProperty("durationS").GetDouble(), 1e-12);
    }

    [Fact]
    public void Inspect_bad_input_exits_1_with_one_sentence_on_stderr_and_nothing_on_stdout()
    {
        using var temp = new TempFile("Date,Exercise,Reps\n2024-01-01,Squat,5\n");

        var (code, output, error) = Run("inspect", temp.Path, "--json");

        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Equal("", output);
        Assert.StartsWith("repsense: ", error);
        Assert.Contains("header seen: \"Date,Exercise,Reps\"", error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Inspect_malformed_number_names_file_line_and_column()
    {
        using var temp = new TempFile("t_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,0,zero,1\n0.02,0,0,1\n");

        var (code, _, error) = Run("inspect", temp.Path);

        Assert.Equal(1, code);
        Assert.Contains($"{temp.Path}:3:3: expected a number in column 3 (\"ay_g\"), found \"zero\".", error);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("inspect", "x.csv", "--units", "kg")]
    [InlineData("inspect", "x.csv", "--time-unit", "min")]
    public void Inspect_usage_errors_exit_2(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.StartsWith("repsense: ", error);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void Inspect_help_describes_the_command_and_its_options()
    {
        var (code, output, _) = Run("inspect", "--help");

        Assert.Equal(0, code);
        Assert.Contains("recording", output);
        Assert.Contains("--json", output);
        Assert.Contains("--units", output);
        Assert.Contains("--time-unit", output);
    }

    [Fact]
    public void Built_executable_inspects_a_recording_with_exit_code_0_and_no_colour_when_redirected()
    {
        var (code, output, _) = RunExecutable("inspect", Fixture("phyphox/acceleration-semicolon-comma.csv"));

        Assert.Equal(0, code);
        Assert.Contains("phyphox Acceleration (with g)", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void Built_executable_exits_1_on_bad_input_without_a_stack_trace()
    {
        var (code, output, error) = RunExecutable("inspect", "/no/such/recording.csv");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("repsense: /no/such/recording.csv does not exist: expected a recording file, a folder or a .zip export.", error.Trim());
    }

    /// <summary>Runs the built repsense.dll (copied beside the tests) with stdout and stderr redirected.</summary>
    private static (int Code, string Out, string Err) RunExecutable(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "repsense.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string content) => File.WriteAllText(Path, content);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"repsense-cli-{Guid.NewGuid():N}.csv");

        public void Dispose() => File.Delete(Path);
    }
}
