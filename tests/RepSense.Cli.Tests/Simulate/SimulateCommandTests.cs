using System.Text.Json;
using RepSense.Analysis.Reports;
using RepSense.Cli;
using static RepSense.Cli.Tests.Simulate.CliRun;

namespace RepSense.Cli.Tests.Simulate;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_single_set_is_written_as_generic_csv_with_its_truth_beside_it()
    {
        string folder = temp.Path;
        string path = Path.Combine(folder, "row.csv");

        var (code, output, error) = Run("simulate", "--exercise", "dumbbell row", "--reps", "10", "--tempo", "2-0-1-1",
            "--faults", "momentum:4", "--idle", "3", "-o", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("row.csv", output);
        Assert.Contains("rep 4 momentum", output);
        Assert.Equal("t_s,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps", File.ReadLines(path).First());
        var truth = AnalysisJson.Deserialize(File.ReadAllText(Path.Combine(folder, "row.truth.json")));
        Assert.Equal("row.csv", truth.File);
        Assert.Equal("generic CSV", truth.Format);
        Assert.Equal(50, truth.SampleRateHz);
        Assert.Equal(10, truth.TotalReps);
        Assert.Equal("dumbbell-row", truth.Sets[0].Exercise);
        Assert.Equal("momentum", truth.Sets[0].RepDetails[3].Flags![0].Code);
        int rows = File.ReadLines(path).Count() - 1;
        Assert.Equal(truth.DurationS * 50 + 1, rows, 1.0);
    }

    [Fact]
    public void Json_output_is_one_document_naming_every_file_written()
    {
        string folder = temp.File("pull-up");

        var (code, output, _) = Run("simulate", "-e", "pull-up", "-r", "3", "--format", "sensorlogger", "--idle", "2", "-o", folder, "--json");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(folder, root.GetProperty("recording").GetString());
        Assert.Equal(folder + ".truth.json", root.GetProperty("truth").GetString());
        Assert.Equal(100, root.GetProperty("sampleRateHz").GetDouble());
        Assert.Equal(3, root.GetProperty("totalReps").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(6, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void MetaWear_defaults_to_12_5_and_25_hertz_without_taps_and_names_the_truth_after_the_accelerometer_file()
    {
        string folder = temp.Path;

        var (code, output, _) = Run("simulate", "-e", "deadlift", "-r", "2", "--format", "metawear", "--idle", "2",
            "-o", Path.Combine(folder, "dl"), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(12.5, root.GetProperty("sampleRateHz").GetDouble());
        Assert.Equal(25, root.GetProperty("gyroscopeRateHz").GetDouble());
        string recording = root.GetProperty("recording").GetString()!;
        Assert.EndsWith("_Accelerometer_12.500Hz_1.4.4.csv", recording);
        Assert.Equal(recording[..^4] + ".truth.json", root.GetProperty("truth").GetString());
        Assert.Contains(Directory.GetFiles(folder), f => f.EndsWith("_Gyroscope_25.000Hz_1.4.4.csv"));
    }

    [Fact]
    public void The_same_options_and_seed_write_the_same_bytes_and_another_seed_does_not()
    {
        string folder = temp.Path;
        string[] Args(string name, string seed) =>
            ["simulate", "-e", "overhead press", "-r", "4", "--format", "phyphox", "--idle", "2", "--seed", seed, "-o", Path.Combine(folder, name)];

        Run(Args("a.csv", "5"));
        Run(Args("b.csv", "5"));
        Run(Args("c.csv", "6"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a.csv")), File.ReadAllBytes(Path.Combine(folder, "b.csv")));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(folder, "a.csv")), File.ReadAllBytes(Path.Combine(folder, "c.csv")));
    }

    [Theory]
    [InlineData("needs either --exercise or --session", "simulate", "-o", "x.csv")]
    [InlineData("needs either --exercise or --session", "simulate", "-e", "deadlift", "--session", "strengthlog-back", "-o", "x.csv")]
    [InlineData("a --session brings its own", "simulate", "--session", "strengthlog-back", "--reps", "5", "-o", "x.csv")]
    [InlineData("no motion model for 'zumba'", "simulate", "-e", "zumba", "-o", "x.csv")]
    [InlineData("no motion model for 'back squat'", "simulate", "-e", "back squat", "-o", "x.csv")]
    [InlineData("--tempo: a tempo has four parts", "simulate", "-e", "deadlift", "--tempo", "2-1", "-o", "x.csv")]
    [InlineData("--rate must be from 10 to 200", "simulate", "-e", "deadlift", "--rate", "5", "-o", "x.csv")]
    [InlineData("--reps must be a whole number from 1 to 100", "simulate", "-e", "deadlift", "--reps", "0", "-o", "x.csv")]
    [InlineData("--faults: 'momentum:x'", "simulate", "-e", "deadlift", "--faults", "momentum:x", "-o", "x.csv")]
    [InlineData("matches no rep", "simulate", "-e", "deadlift", "--reps", "5", "--faults", "momentum:9", "-o", "x.csv")]
    [InlineData("no pause to skip", "simulate", "-e", "pull-up", "--faults", "missing-pause:2@1", "-o", "x.csv")]
    [InlineData("has one clock", "simulate", "-e", "deadlift", "--rate", "50", "--gyro-rate", "100", "-o", "x.csv")]
    [InlineData("--orientation: expected 'random' or yaw,pitch,roll", "simulate", "-e", "deadlift", "--orientation", "1,2", "-o", "x.csv")]
    [InlineData("--rest: expected seconds", "simulate", "-e", "deadlift", "--rest", "60-30", "-o", "x.csv")]
    [InlineData("Option '--output' is required", "simulate", "-e", "deadlift")]
    public void Bad_options_are_usage_errors_that_say_what_is_wrong(string message, params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains(message, error);
        Assert.Equal("", output);
        Assert.False(File.Exists("x.csv"));
    }

    [Fact]
    public void Orientation_angles_and_no_gyro_are_honoured()
    {
        string path = temp.File("curl.csv");

        var (code, _, _) = Run("simulate", "-e", "curl", "-r", "2", "--no-gyro", "--orientation", "0,0,0", "--no-taps", "--idle", "2", "-o", path);

        Assert.Equal(0, code);
        Assert.Equal("t_s,ax_g,ay_g,az_g", File.ReadLines(path).First());
        // Standing with the sensor on the wrist's axes: the forearm (x) points down, so x reads about −1 g.
        var first = File.ReadLines(path).ElementAt(1).Split(',');
        Assert.Equal(-1.0, double.Parse(first[1], System.Globalization.CultureInfo.InvariantCulture), 0.1);
    }

    [Fact]
    public void Help_lists_simulate_and_its_options()
    {
        Assert.Contains("simulate", Run("--help").Out);
        var (code, output, _) = Run("simulate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--faults", output);
        Assert.Contains("strengthlog-back", output);
        Assert.Contains("sensorlogger", output);
    }
}
