using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RepSense.Analysis.Simulation;
using RepSense.Analysis.Tempo;
using RepSense.Ingest.Writers;

namespace RepSense.Cli.Commands.Simulate;

/// <summary><c>repsense simulate</c>: its name, description and options. Values are parsed and checked here, so a
/// bad value is a usage error (exit 2) naming the option; <see cref="SimulateCommand"/> does the work.</summary>
internal static class SimulateCommandDefinition
{
    public const string Name = "simulate";

    public const string Description =
        "Write a realistic IMU recording of a set or a whole session, in a real recorder format, with a " +
        "<recording>.truth.json sidecar (the 'analyze --json' shape) saying where every rep starts, turns and ends.";

    public static readonly Option<ExerciseMotion?> Exercise = new("--exercise", "-e")
    {
        Description = "The exercise: " + string.Join(", ", ExerciseMotions.Names) + ", any other name or alias of the " +
                      "exercise catalog with a pull, row, hinge, press or curl pattern, or a model: vertical pull, " +
                      "horizontal row, hinge, press, curl.",
        HelpName = "name",
        CustomParser = ParseExercise,
    };

    public static readonly Option<string?> Session = new("--session")
    {
        Description = "A built-in session instead of one exercise: " + string.Join(", ", Sessions.All.Keys) + ".",
        HelpName = "name",
    };

    public static readonly Option<int> Sets = new("--sets")
    {
        HelpName = "n",
        Description = "Sets of the exercise (1-20).",
        DefaultValueFactory = _ => 1,
        CustomParser = OptionValues.WholeNumber("--sets", 1, 20),
    };

    public static readonly Option<int> Reps = new("--reps", "-r")
    {
        HelpName = "n",
        Description = "Reps per set (1-100).",
        DefaultValueFactory = _ => 10,
        CustomParser = OptionValues.WholeNumber("--reps", 1, 100),
    };

    public static readonly Option<TempoNotation?> Tempo = new("--tempo")
    {
        Description = "Tempo, eccentric-pause-concentric-pause seconds, e.g. 2-1-1-0 or 3-0-X-1 (default: the exercise's usual one).",
        HelpName = "E-P-C-P",
        CustomParser = Parser<TempoNotation>("--tempo", TempoNotation.TryParse),
    };

    public static readonly Option<double?> Rate = new("--rate")
    {
        Description = "Accelerometer rate, 10-200 Hz (default: 50 generic, 100 phyphox and Sensor Logger, 12.5 MetaWear).",
        HelpName = "Hz",
        CustomParser = OptionValues.Number("--rate", SimulationPlan.MinRateHz, SimulationPlan.MaxRateHz),
    };

    public static readonly Option<double?> GyroRate = new("--gyro-rate")
    {
        Description = "Gyroscope rate, 10-200 Hz (default: the accelerometer's; twice it for MetaWear). Only formats " +
                      "with separate gyroscope files can differ.",
        HelpName = "Hz",
        CustomParser = OptionValues.Number("--gyro-rate", SimulationPlan.MinRateHz, SimulationPlan.MaxRateHz),
    };

    public static readonly Option<string> Format = new("--format", "-f")
    {
        Description = "Recorder format to write.",
        DefaultValueFactory = _ => "generic",
    };

    public static readonly Option<(double Min, double Max)?> Rest = new("--rest")
    {
        Description = "Rest between sets in seconds: a value or a range drawn from, e.g. 90 or 45-60 (default 60-180).",
        HelpName = "s|min-max",
        CustomParser = ParseRest,
    };

    public static readonly Option<double> Idle = new("--idle")
    {
        HelpName = "s",
        Description = "Standing still after the start and before the end of the recording, seconds.",
        DefaultValueFactory = _ => 10,
        CustomParser = OptionValues.NumberWithDefault("--idle", 0, 600),
    };

    public static readonly Option<FaultSpec?> Faults = new("--faults")
    {
        Description = "Faults on chosen reps: kind:rep, kind:first-last or kind:rate, optionally @set, comma-separated " +
                      "(kinds momentum, rushed, missing-pause, partial), or a bare rate for random kinds. " +
                      "E.g. momentum:3,partial:7-8@2 or 0.1.",
        HelpName = "spec",
        CustomParser = Parser<FaultSpec>("--faults", FaultSpec.TryParse),
    };

    public static readonly Option<FatigueSpec?> Fatigue = new("--fatigue")
    {
        Description = "Reps slow down through the set: the last concentric this many percent longer than the first, " +
                      "for every set or @set, e.g. 30 or 30@3,40@6.",
        HelpName = "pct[@set]",
        CustomParser = Parser<FatigueSpec>("--fatigue", FatigueSpec.TryParse),
    };

    public static readonly Option<double> Variation = new("--variation")
    {
        HelpName = "pct",
        Description = "Rep-to-rep variation of phase durations, percent (0-50).",
        DefaultValueFactory = _ => 8,
        CustomParser = OptionValues.NumberWithDefault("--variation", 0, 50),
    };

    public static readonly Option<bool> NoGyro = new("--no-gyro") { Description = "Write no gyroscope." };

    public static readonly Option<bool> NoTaps = new("--no-taps")
    {
        Description = "No start and stop tap on the device (MetaWear recordings never have them).",
    };

    public static readonly Option<Rotation?> Orientation = new("--orientation")
    {
        Description = "How the sensor sits on the wrist: 'random' (drawn from the seed) or yaw,pitch,roll degrees " +
                      "of the sensor relative to the wrist (0,0,0: x along the forearm, z out of the back of the wrist).",
        HelpName = "random|yaw,pitch,roll",
        CustomParser = ParseOrientation,
    };

    public static readonly Option<int> Seed = new("--seed")
    {
        HelpName = "n",
        Description = "Seed of every random choice; the same options and seed give the same bytes.",
        DefaultValueFactory = _ => 1,
        CustomParser = OptionValues.WholeNumber("--seed", int.MinValue, int.MaxValue),
    };

    public static readonly Option<DateTimeOffset?> Start = new("--start")
    {
        Description = "Wall-clock time of the first sample, ISO 8601 with offset (default 2025-03-14T18:30:00+01:00).",
        HelpName = "time",
        CustomParser = ParseStart,
    };

    public static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Where to write: a .csv file (generic, phyphox), a folder (sensorlogger) or a name prefix " +
                      "(metawear). The truth goes next to it as <name>.truth.json.",
        HelpName = "path",
        Required = true,
    };

    // Validators are added once: the options are shared by every command tree built (tests build many).
    static SimulateCommandDefinition()
    {
        OptionValues.OneOf(Format, RecordingWriters.Names.ToArray());
        OptionValues.OneOf(Session, Sessions.All.Keys.ToArray());
    }

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, Description)
        {
            Exercise, Session, Sets, Reps, Tempo, Format, Rate, GyroRate, Rest, Idle, Faults, Fatigue, Variation,
            NoGyro, NoTaps, Orientation, Seed, Start, Output, CommonOptions.Json,
        };
        command.Validators.Add(result =>
        {
            bool exercise = result.GetResult(Exercise) is not null, session = result.GetResult(Session) is not null;
            if (exercise == session)
                result.AddError("simulate needs either --exercise or --session (not both).");
            if (session && (Given(result, Sets) || Given(result, Reps) || Given(result, Tempo)))
                result.AddError("--sets, --reps and --tempo describe one exercise; a --session brings its own.");
        });
        command.SetAction(parse => new SimulateCommand(context).Run(parse));
        return command;
    }

    private static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static ExerciseMotion? ParseExercise(ArgumentResult result)
    {
        string text = OptionValues.Single(result);
        var exercise = ExerciseMotions.Find(text);
        if (exercise is null)
            result.AddError($"--exercise: no motion model for '{text}' (modelled: {string.Join(", ", ExerciseMotions.Names)}; other catalog pulls, rows, hinges, presses and curls borrow one).");
        return exercise;
    }

    private delegate T? TryParser<T>(string text, out string? error) where T : class;

    /// <summary>A custom parser from a <c>TryParse(text, out error)</c>: the error becomes a usage error naming the option.</summary>
    private static Func<ArgumentResult, T?> Parser<T>(string option, TryParser<T> tryParse) where T : class => result =>
    {
        var value = tryParse(OptionValues.Single(result), out var error);
        if (value is null) result.AddError($"{option}: {error}.");
        return value;
    };

    private static (double, double)? ParseRest(ArgumentResult result)
    {
        string text = OptionValues.Single(result);
        var parts = text.Split('-');
        var values = new double[parts.Length];
        bool ok = parts.Length is 1 or 2;
        for (int i = 0; ok && i < parts.Length; i++)
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])
                 && values[i] >= 0 && values[i] <= 3600;
        if (!ok || values[^1] < values[0])
        {
            result.AddError($"--rest: expected seconds (90) or a range (45-60) within 0-3600; found '{text}'.");
            return null;
        }
        return (values[0], values[^1]);
    }

    private static Rotation? ParseOrientation(ArgumentResult result)
    {
        string text = OptionValues.Single(result);
        if (text.Equals("random", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split(',');
        var angles = new double[3];
        bool ok = parts.Length == 3;
        for (int i = 0; ok && i < 3; i++)
            ok = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out angles[i]) && double.IsFinite(angles[i]);
        if (!ok)
        {
            result.AddError($"--orientation: expected 'random' or yaw,pitch,roll in degrees (e.g. 0,90,0); found '{text}'.");
            return null;
        }
        return Rotation.FromYawPitchRollDegrees(angles[0], angles[1], angles[2]);
    }

    private static DateTimeOffset? ParseStart(ArgumentResult result)
    {
        string text = OptionValues.Single(result);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        result.AddError($"--start: expected an ISO 8601 time with offset (e.g. 2025-03-14T18:30:00+01:00); found '{text}'.");
        return null;
    }
}
