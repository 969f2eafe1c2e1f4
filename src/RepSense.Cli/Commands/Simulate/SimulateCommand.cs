using System.CommandLine;
using RepSense.Analysis.Simulation;
using RepSense.Ingest.Units;
using RepSense.Ingest.Writers;

namespace RepSense.Cli.Commands.Simulate;

/// <summary>
/// The behaviour of <c>repsense simulate</c>: builds the session from the options, simulates it, writes the
/// recording in the chosen format and its truth sidecar, and says what it wrote.
/// </summary>
internal sealed class SimulateCommand(CliContext context)
{
    public int Run(ParseResult parse)
    {
        var writer = RecordingWriters.Find(parse.GetValue(SimulateCommandDefinition.Format)!)!;
        bool metaWear = writer is MetaWearWriter;
        int seed = parse.GetValue(SimulateCommandDefinition.Seed);

        SessionPlan session;
        SimulationPlan plan;
        try
        {
            session = BuildSession(parse, metaWear, seed);
            plan = BuildPlan(parse, session, writer, seed);
            plan.Validate();
        }
        catch (ArgumentException ex)
        {
            context.Error.WriteLine($"repsense: {ex.Message}");
            return (int)ExitCode.Usage;
        }

        var recording = Simulator.Simulate(plan);
        string output = OutputPath(parse.GetValue(SimulateCommandDefinition.Output)!, writer);
        var written = Commands.OutputPaths.Writing($"the recording {output}", () => writer.Write(recording.Tracks, output));
        string truthPath = Commands.OutputPaths.Writing($"the truth beside {written.RecordingPath}", () => TruthSidecar.Write(recording, written, writer));

        var truth = recording.Truth;
        bool gyroWritten = writer.CarriesGyroscope && recording.Tracks.HasGyroscope;
        var summary = new SimulateSummary(
            Recording: written.RecordingPath,
            Files: [.. written.Files, truthPath],
            Truth: truthPath,
            Format: writer.FormatName(recording.Tracks),
            SampleRateHz: plan.AccelerometerRate.Hertz,
            GyroscopeRateHz: gyroWritten ? recording.Tracks.GyroscopeRate?.Hertz : null,
            DurationS: truth.DurationS,
            Sets: truth.Sets.Count,
            TotalReps: truth.TotalReps,
            Seed: seed);

        if (parse.GetValue(CommonOptions.Json))
        {
            context.Output.WriteLine(SimulateJson.Serialize(summary));
            return (int)ExitCode.Success;
        }

        string sensors = gyroWritten
            ? $"accelerometer {Hz(summary.SampleRateHz)} + gyroscope {Hz(summary.GyroscopeRateHz!.Value)}"
            : $"accelerometer {Hz(summary.SampleRateHz)} only";
        context.Output.WriteLine($"Wrote {written.RecordingPath} ({writer.DisplayName}, {sensors}, {truth.DurationS:0.0} s).");
        foreach (var set in truth.Sets)
        {
            var flagged = set.RepDetails
                .Where(r => r.Flags is { Count: > 0 })
                .Select(r => $"rep {r.Index} {string.Join("+", r.Flags!.Select(f => f.Code))}")
                .Concat(set.Flags?.Select(f => f.Code) ?? []);
            string faults = string.Join(", ", flagged);
            context.Output.WriteLine(
                $"  set {set.Index}: {set.Exercise} x{set.Reps} at {set.Tempo}, {set.StartS:0.0}-{set.EndS:0.0} s" +
                (faults.Length > 0 ? $" ({faults})" : ""));
        }
        context.Output.WriteLine($"Truth: {truthPath} ({truth.Sets.Count} set(s), {truth.TotalReps} reps).");
        return (int)ExitCode.Success;
    }

    private static string Hz(double hz) => $"{hz:0.###} Hz";

    private static SessionPlan BuildSession(ParseResult parse, bool metaWear, int seed)
    {
        SessionPlan session;
        if (parse.GetValue(SimulateCommandDefinition.Session) is { } name)
            session = Sessions.Find(name)!;
        else
        {
            var exercise = parse.GetValue(SimulateCommandDefinition.Exercise)!;
            var tempo = parse.GetValue(SimulateCommandDefinition.Tempo) ?? exercise.DefaultTempo;
            int reps = parse.GetValue(SimulateCommandDefinition.Reps);
            var sets = Enumerable.Range(0, parse.GetValue(SimulateCommandDefinition.Sets))
                .Select(_ => new SetPlan(exercise, reps, tempo)).ToList();
            session = new SessionPlan(sets);
        }

        double idle = parse.GetValue(SimulateCommandDefinition.Idle);
        session = session with
        {
            IdleBeforeS = idle,
            IdleAfterS = idle,
            Taps = !metaWear && !parse.GetValue(SimulateCommandDefinition.NoTaps),
            VariationPct = parse.GetValue(SimulateCommandDefinition.Variation),
        };
        if (parse.GetValue(SimulateCommandDefinition.Rest) is var (min, max))
            session = session with { RestMinS = min, RestMaxS = max };
        if (parse.GetValue(SimulateCommandDefinition.Fatigue) is { } fatigue)
            session = fatigue.ApplyTo(session);
        if (parse.GetValue(SimulateCommandDefinition.Faults) is { } faults)
            session = faults.ApplyTo(session, seed);
        return session;
    }

    private static SimulationPlan BuildPlan(ParseResult parse, SessionPlan session, IRecordingWriter writer, int seed)
    {
        bool metaWear = writer is MetaWearWriter;
        double defaultRate = writer switch
        {
            MetaWearWriter => 12.5,
            GenericCsvWriter => 50,
            _ => 100,
        };
        var rate = SampleRate.FromHertz(parse.GetValue(SimulateCommandDefinition.Rate) ?? defaultRate);
        double? gyroHz = parse.GetValue(SimulateCommandDefinition.GyroRate);
        if (gyroHz is { } g && g != rate.Hertz && writer is GenericCsvWriter or PhyphoxWriter)
            throw new ArgumentException($"--gyro-rate: a {writer.DisplayName} has one clock; the gyroscope runs at the accelerometer's {rate}.");
        var gyroRate = gyroHz is { } hz ? SampleRate.FromHertz(hz)
            : metaWear ? SampleRate.FromHertz(Math.Min(2 * rate.Hertz, SimulationPlan.MaxRateHz))
            : rate;

        var plan = new SimulationPlan(session, rate)
        {
            Gyroscope = writer.CarriesGyroscope && !parse.GetValue(SimulateCommandDefinition.NoGyro),
            GyroscopeRate = gyroRate,
            GyroscopeOwnClock = writer is SensorLoggerWriter or MetaWearWriter,
            Sensor = metaWear ? SensorModel.MetaMotion : SensorModel.Phone,
            Mount = parse.GetValue(SimulateCommandDefinition.Orientation),
            Seed = seed,
        };
        if (parse.GetValue(SimulateCommandDefinition.Start) is { } start)
            plan = plan with { StartTime = start };
        return plan;
    }

    /// <summary>Single-file formats get a .csv extension when the path has none.</summary>
    private static string OutputPath(string output, IRecordingWriter writer) =>
        writer is GenericCsvWriter or PhyphoxWriter && !Path.HasExtension(output) ? output + ".csv" : output;
}
